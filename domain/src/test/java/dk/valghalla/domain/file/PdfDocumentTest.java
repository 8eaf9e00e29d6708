package dk.valghalla.domain.file;

import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfDocumentTest {
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aRealPdfIsAcceptedWithItsSizeAndHash() {
        PdfDocument pdf = PdfDocument.of("C:\\Users\\valg\\Vejledning.pdf", PDF, 1000);
        assertThat(pdf.file().name()).isEqualTo("Vejledning.pdf");
        assertThat(pdf.file().contentType()).isEqualTo("application/pdf");
        assertThat(pdf.file().size()).isEqualTo(PDF.length);
        assertThat(pdf.file().sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(pdf.content()).isEqualTo(PDF);
    }

    @Test
    void theContentDecidesNotTheName() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PdfDocument.of("guide.pdf", html, 1000)).isInstanceOf(FileNotPdfException.class)
                .hasFieldOrPropertyWithValue("code", "file.not_pdf");
        assertThatThrownBy(() -> PdfDocument.of("guide.pdf", new byte[] {'%', 'P'}, 1000))
                .isInstanceOf(FileNotPdfException.class);
        assertThatThrownBy(() -> PdfDocument.of("guide.pdf", new byte[0], 1000))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "file.empty");
    }

    @Test
    void aTooLargeFileIsRefused() {
        assertThatThrownBy(() -> PdfDocument.of("guide.pdf", PDF, PDF.length - 1))
                .isInstanceOf(FileTooLargeException.class).hasFieldOrPropertyWithValue("code", "file.too_large");
    }

    @Test
    void namesAreCleaned() {
        assertThat(PdfDocument.cleanName("../../etc/pass\u0000wd")).isEqualTo("passwd");
        assertThat(PdfDocument.cleanName(null)).isEqualTo("dokument.pdf");
        assertThat(PdfDocument.cleanName("a".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }
}
