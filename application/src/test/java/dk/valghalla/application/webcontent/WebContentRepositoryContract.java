package dk.valghalla.application.webcontent;

import dk.valghalla.application.webcontent.port.out.WebContentRepository;
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
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link WebContentRepository} must do. Run by the in-memory fake here and by the database adapter in
 * bootstrap. Implementations start empty (a fresh municipality).
 */
public abstract class WebContentRepositoryContract {
    private static final RichText HTML = RichText.fromSanitizedHtml("<p>Mød <strong>op</strong></p>");

    protected abstract WebContentRepository repository();

    /** Runs the step as one unit of work (a transaction for the database adapter). */
    protected abstract void inTransaction(Runnable step);

    private Versioned<WebPage> save(WebPage page, long expectedVersion) {
        @SuppressWarnings("unchecked")
        Versioned<WebPage>[] saved = new Versioned[1];
        inTransaction(() -> saved[0] = repository().savePage(page, expectedVersion));
        return saved[0];
    }

    @Test
    void everyKindOfPageIsStoredWithItsFields() {
        for (WebPageKind kind : WebPageKind.values()) {
            assertThat(repository().findPage(kind)).as(kind.name()).isEmpty();
        }
        save(new FrontPage("Bliv tilforordnet", HTML), 0);
        save(new Faq(HTML, true), 0);
        save(new DisclosureStatement(HTML), 0);
        save(new ConsentDeclaration("Jeg giver samtykke.\n\nTak.", true), 0);
        assertThat(repository().findPage(WebPageKind.FRONT_PAGE).orElseThrow())
                .isEqualTo(new Versioned<>(new FrontPage("Bliv tilforordnet", HTML), 1));
        assertThat(repository().findPage(WebPageKind.FAQ).orElseThrow().value()).isEqualTo(new Faq(HTML, true));
        assertThat(repository().findPage(WebPageKind.DISCLOSURE_STATEMENT).orElseThrow().value())
                .isEqualTo(new DisclosureStatement(HTML));
        assertThat(repository().findPage(WebPageKind.CONSENT_DECLARATION).orElseThrow().value())
                .isEqualTo(new ConsentDeclaration("Jeg giver samtykke.\n\nTak.", true));
    }

    @Test
    void savingIncrementsTheVersionAndRefusesAStaleOne() {
        assertThat(save(new Faq(HTML, false), 0).version()).isEqualTo(1);
        assertThatThrownBy(() -> save(new Faq(HTML, true), 0)).isInstanceOf(ConcurrentModificationException.class)
                .hasFieldOrPropertyWithValue("code", "web_page.modified_concurrently");
        assertThat(save(new Faq(RichText.EMPTY, false), 1)).isEqualTo(new Versioned<>(new Faq(RichText.EMPTY, false), 2));
        assertThatThrownBy(() -> save(new Faq(HTML, true), 1)).isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> save(new FrontPage("Ny", HTML), 5)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(repository().findPage(WebPageKind.FAQ).orElseThrow().version()).isEqualTo(2);
        assertThat(repository().findPage(WebPageKind.FRONT_PAGE)).isEmpty();
    }

    @Test
    void contactInformationIsStoredWithOptimisticVersions() {
        ContactInformation first = new ContactInformation("Demo Kommune", "Valgsekretariatet", "Rådhuspladsen 1",
                "9999", "Demoby", null, "valg@demo.dk", null);
        ContactInformation second = new ContactInformation("Demo Kommune", "Borgerservice", "Torvet 2", "9998",
                "Nyby", "+45 70 10 18 18", null, "https://post.borger.dk/send");
        assertThat(repository().findContactInformation()).isEmpty();
        inTransaction(() -> repository().saveContactInformation(first, 0));
        assertThat(repository().findContactInformation()).contains(new Versioned<>(first, 1));
        inTransaction(() -> repository().saveContactInformation(second, 1));
        assertThat(repository().findContactInformation()).contains(new Versioned<>(second, 2));
        assertThatThrownBy(() -> inTransaction(() -> repository().saveContactInformation(first, 1)))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasFieldOrPropertyWithValue("code", "contact_information.modified_concurrently");
        assertThatThrownBy(() -> inTransaction(() -> repository().saveContactInformation(first, 0)))
                .isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void theLogoIsReplacedAndRemoved() {
        byte[] one = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] two = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>".getBytes(StandardCharsets.UTF_8);
        StoredFile first = new StoredFile(FileId.newId(), "a.svg", "image/svg+xml", one.length, "a".repeat(64));
        StoredFile second = new StoredFile(FileId.newId(), "b.svg", "image/svg+xml", two.length, "b".repeat(64));
        assertThat(repository().logo()).isEmpty();
        assertThat(repository().loadLogo()).isEmpty();
        inTransaction(() -> {
            assertThat(repository().lockLogo()).isEmpty();
            repository().replaceLogo(first, one);
        });
        assertThat(repository().logo()).contains(first);
        inTransaction(() -> {
            assertThat(repository().lockLogo()).contains(first);
            repository().replaceLogo(second, two);
        });
        assertThat(repository().logo()).contains(second);
        assertThat(repository().loadLogo().orElseThrow().bytes()).isEqualTo(two);
        assertThat(repository().loadLogo().orElseThrow().file()).isEqualTo(second);
        inTransaction(() -> {
            assertThat(repository().lockLogo()).contains(second);
            repository().removeLogo();
        });
        assertThat(repository().logo()).isEmpty();
        assertThat(repository().loadLogo()).isEmpty();
    }
}
