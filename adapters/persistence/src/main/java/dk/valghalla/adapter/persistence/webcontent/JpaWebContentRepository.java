package dk.valghalla.adapter.persistence.webcontent;

import dk.valghalla.adapter.persistence.tasktype.FileEntity;
import dk.valghalla.application.webcontent.port.out.WebContentRepository;
import dk.valghalla.domain.file.FileContent;
import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.RichText;
import dk.valghalla.domain.webcontent.ConsentDeclaration;
import dk.valghalla.domain.webcontent.ContactInformation;
import dk.valghalla.domain.webcontent.DisclosureStatement;
import dk.valghalla.domain.webcontent.Faq;
import dk.valghalla.domain.webcontent.FrontPage;
import dk.valghalla.domain.webcontent.Versioned;
import dk.valghalla.domain.webcontent.WebPage;
import dk.valghalla.domain.webcontent.WebPageKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The web content in the tenant's schema, with plain SQL: each page and the contact information are single rows
 * saved with a conditional insert (expected version 0) or a conditional update (expected version = stored version),
 * so a stale save changes no row and is refused without any lock. The logo's row always exists and is locked
 * ({@code for update}) while the logo is replaced or removed.
 */
@ApplicationScoped
public class JpaWebContentRepository implements WebContentRepository {
    private static final String CONTACT_COLUMNS = "municipality_name, department, address, postal_code, city, phone, "
            + "email, digital_post_url, version";
    private static final String FILE_COLUMNS = "f.id, f.original_name, f.content_type, f.size_bytes, f.sha256";

    private final EntityManager em;

    public JpaWebContentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Versioned<WebPage>> findPage(WebPageKind kind) {
        List<?> rows = em.createNativeQuery("select title, content, active, version from web_page where kind = ?1")
                .setParameter(1, kind.name()).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Versioned<>(toPage(kind, (String) row[0], (String) row[1], (Boolean) row[2]),
                    ((Number) row[3]).longValue());
        });
    }

    @Override
    public Versioned<WebPage> savePage(WebPage page, long expectedVersion) {
        String title = page instanceof FrontPage p ? p.title() : null;
        String content = content(page);
        boolean active = page instanceof Faq f ? f.active() : page instanceof ConsentDeclaration c && c.active();
        NativeQuery<?> query = nativeQuery(expectedVersion == Versioned.NEVER_SAVED
                ? "insert into web_page (kind, title, content, active, version) values (?1, ?2, ?3, ?4, 1) "
                + "on conflict (kind) do nothing"
                : "update web_page set title = ?2, content = ?3, active = ?4, version = version + 1, "
                + "updated_at = now() where kind = ?1 and version = ?5");
        if (expectedVersion != Versioned.NEVER_SAVED) {
            query.setParameter(5, expectedVersion);
        }
        int changed = query.setParameter(1, page.kind().name(), String.class).setParameter(2, title, String.class)
                .setParameter(3, content, String.class).setParameter(4, active).executeUpdate();
        if (changed != 1) {
            throw new ConcurrentModificationException("web_page", page.kind());
        }
        return new Versioned<>(page, expectedVersion + 1);
    }

    @Override
    public Optional<Versioned<ContactInformation>> findContactInformation() {
        List<?> rows = em.createNativeQuery("select " + CONTACT_COLUMNS + " from contact_information where id = 1")
                .getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Versioned<>(new ContactInformation((String) row[0], (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7]),
                    ((Number) row[8]).longValue());
        });
    }

    @Override
    public Versioned<ContactInformation> saveContactInformation(ContactInformation c, long expectedVersion) {
        NativeQuery<?> query = nativeQuery(expectedVersion == Versioned.NEVER_SAVED
                ? "insert into contact_information (id, " + CONTACT_COLUMNS + ") "
                + "values (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1) on conflict (id) do nothing"
                : "update contact_information set municipality_name = ?1, department = ?2, address = ?3, "
                + "postal_code = ?4, city = ?5, phone = ?6, email = ?7, digital_post_url = ?8, "
                + "version = version + 1, updated_at = now() where id = 1 and version = ?9");
        if (expectedVersion != Versioned.NEVER_SAVED) {
            query.setParameter(9, expectedVersion);
        }
        String[] values = {c.municipalityName(), c.department(), c.address(), c.postalCode(), c.city(), c.phone(),
                c.email(), c.digitalPostUrl()};
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i], String.class); // typed, so that a null binds as text
        }
        int changed = query.executeUpdate();
        if (changed != 1) {
            throw new ConcurrentModificationException("contact_information", "contact-information");
        }
        return new Versioned<>(c, expectedVersion + 1);
    }

    @Override
    public Optional<StoredFile> lockLogo() {
        em.createNativeQuery("insert into contact_logo (id) values (1) on conflict (id) do nothing").executeUpdate();
        List<?> rows = em.createNativeQuery("select " + FILE_COLUMNS + " from contact_logo l "
                + "left join file f on f.id = l.file_id where l.id = 1 for update of l").getResultList();
        return rows.stream().map(r -> (Object[]) r).filter(row -> row[0] != null).findFirst()
                .map(JpaWebContentRepository::storedFile);
    }

    @Override
    public void replaceLogo(StoredFile file, byte[] content) {
        UUID previous = currentLogoId();
        FileEntity f = new FileEntity();
        f.id = file.id().value();
        f.originalName = file.name();
        f.contentType = file.contentType();
        f.size = file.size();
        f.sha256 = file.sha256();
        f.content = content;
        em.persist(f);
        em.flush();
        em.createNativeQuery("update contact_logo set file_id = ?1 where id = 1").setParameter(1, f.id)
                .executeUpdate();
        deleteFile(previous);
    }

    @Override
    public void removeLogo() {
        UUID previous = currentLogoId();
        em.createNativeQuery("update contact_logo set file_id = null where id = 1").executeUpdate();
        deleteFile(previous);
    }

    @Override
    public Optional<StoredFile> logo() {
        List<?> rows = em.createNativeQuery("select " + FILE_COLUMNS + " from contact_logo l "
                + "join file f on f.id = l.file_id where l.id = 1").getResultList();
        return rows.stream().findFirst().map(r -> storedFile((Object[]) r));
    }

    @Override
    public Optional<FileContent> loadLogo() {
        List<?> rows = em.createNativeQuery("select " + FILE_COLUMNS + ", f.content from contact_logo l "
                + "join file f on f.id = l.file_id where l.id = 1").getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new FileContent(storedFile(row), (byte[]) row[5]);
        });
    }

    private NativeQuery<?> nativeQuery(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class);
    }

    private UUID currentLogoId() {
        List<?> rows = em.createNativeQuery("select file_id from contact_logo where id = 1").getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    private void deleteFile(UUID id) {
        if (id != null) {
            em.createNativeQuery("delete from file where id = ?1").setParameter(1, id).executeUpdate();
        }
    }

    private static String content(WebPage page) {
        if (page instanceof FrontPage p) {
            return p.content().html();
        } else if (page instanceof Faq p) {
            return p.content().html();
        } else if (page instanceof DisclosureStatement p) {
            return p.content().html();
        }
        return ((ConsentDeclaration) page).text();
    }

    /** Rich text is checked again on every load (RichText refuses anything that could run script). */
    private static WebPage toPage(WebPageKind kind, String title, String content, boolean active) {
        return switch (kind) {
            case FRONT_PAGE -> new FrontPage(title, RichText.fromSanitizedHtml(content));
            case FAQ -> new Faq(RichText.fromSanitizedHtml(content), active);
            case DISCLOSURE_STATEMENT -> new DisclosureStatement(RichText.fromSanitizedHtml(content));
            case CONSENT_DECLARATION -> new ConsentDeclaration(content, active);
        };
    }

    private static StoredFile storedFile(Object[] row) {
        return new StoredFile(new FileId((UUID) row[0]), (String) row[1], (String) row[2],
                ((Number) row[3]).longValue(), ((String) row[4]).strip());
    }
}
