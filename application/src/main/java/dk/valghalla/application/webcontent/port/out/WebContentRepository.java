package dk.valghalla.application.webcontent.port.out;

import dk.valghalla.domain.file.FileContent;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.webcontent.ContactInformation;
import dk.valghalla.domain.webcontent.Versioned;
import dk.valghalla.domain.webcontent.WebPage;
import dk.valghalla.domain.webcontent.WebPageKind;

import java.util.Optional;

/**
 * The current municipality's participant-facing content. Saves are optimistic: {@code expectedVersion} 0 creates,
 * any other value must equal the stored version; otherwise {@code ConcurrentModificationException}. Every save
 * returns the value with its new version.
 */
public interface WebContentRepository {
    /** The page of this kind (of the matching {@link WebPage} type), if written. */
    Optional<Versioned<WebPage>> findPage(WebPageKind kind);

    Versioned<WebPage> savePage(WebPage page, long expectedVersion);

    Optional<Versioned<ContactInformation>> findContactInformation();

    Versioned<ContactInformation> saveContactInformation(ContactInformation information, long expectedVersion);

    /** Locks the logo against concurrent changes until the transaction ends; the current logo then, if any. */
    Optional<StoredFile> lockLogo();

    /** Stores the new logo and deletes the previous one. Call {@link #lockLogo()} first. */
    void replaceLogo(StoredFile file, byte[] content);

    /** Deletes the logo. Call {@link #lockLogo()} first. */
    void removeLogo();

    Optional<StoredFile> logo();

    Optional<FileContent> loadLogo();
}
