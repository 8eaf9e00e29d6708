package dk.valghalla.application.fakes;

import dk.valghalla.application.webcontent.port.out.WebContentRepository;
import dk.valghalla.domain.file.FileContent;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.webcontent.ContactInformation;
import dk.valghalla.domain.webcontent.Versioned;
import dk.valghalla.domain.webcontent.WebPage;
import dk.valghalla.domain.webcontent.WebPageKind;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** One municipality's web content in memory, with the same optimistic versioning as the database. */
public class InMemoryWebContentRepository implements WebContentRepository {
    private final Map<WebPageKind, Versioned<WebPage>> pages = new EnumMap<>(WebPageKind.class);
    private Versioned<ContactInformation> contactInformation;
    private FileContent logo;

    @Override
    public Optional<Versioned<WebPage>> findPage(WebPageKind kind) {
        return Optional.ofNullable(pages.get(kind));
    }

    @Override
    public Versioned<WebPage> savePage(WebPage page, long expectedVersion) {
        Versioned<WebPage> current = pages.get(page.kind());
        long stored = current == null ? Versioned.NEVER_SAVED : current.version();
        if (stored != expectedVersion) {
            throw new ConcurrentModificationException("web_page", page.kind());
        }
        Versioned<WebPage> saved = new Versioned<>(page, stored + 1);
        pages.put(page.kind(), saved);
        return saved;
    }

    @Override
    public Optional<Versioned<ContactInformation>> findContactInformation() {
        return Optional.ofNullable(contactInformation);
    }

    @Override
    public Versioned<ContactInformation> saveContactInformation(ContactInformation information, long expectedVersion) {
        long stored = contactInformation == null ? Versioned.NEVER_SAVED : contactInformation.version();
        if (stored != expectedVersion) {
            throw new ConcurrentModificationException("contact_information", "contact-information");
        }
        contactInformation = new Versioned<>(information, stored + 1);
        return contactInformation;
    }

    @Override
    public Optional<StoredFile> lockLogo() {
        return logo();
    }

    @Override
    public void replaceLogo(StoredFile file, byte[] content) {
        logo = new FileContent(file, content.clone());
    }

    @Override
    public void removeLogo() {
        logo = null;
    }

    @Override
    public Optional<StoredFile> logo() {
        return Optional.ofNullable(logo).map(FileContent::file);
    }

    @Override
    public Optional<FileContent> loadLogo() {
        return Optional.ofNullable(logo);
    }
}
