package dk.valghalla.domain.file;

import dk.valghalla.domain.shared.InvalidValueException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An uploaded PDF document that passed the checks: not empty, not larger than the limit, and really a PDF by its
 * content (it starts with the magic bytes {@code %PDF-}); the file name and the declared content type are not trusted.
 * The name is reduced to its last path segment without control characters.
 */
public final class PdfDocument {
    public static final String CONTENT_TYPE = "application/pdf";
    public static final int NAME_MAX = UploadedFiles.NAME_MAX;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final StoredFile file;
    private final byte[] content;

    private PdfDocument(StoredFile file, byte[] content) {
        this.file = file;
        this.content = content;
    }

    public static PdfDocument of(String uploadedName, byte[] content, long maxBytes) {
        String name = cleanName(uploadedName);
        if (content == null || content.length == 0) {
            throw new InvalidValueException("file", "file.empty", "The file is empty");
        }
        if (content.length > maxBytes) {
            throw new FileTooLargeException(name, content.length, maxBytes);
        }
        if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new FileNotPdfException(name);
        }
        byte[] copy = content.clone();
        return new PdfDocument(new StoredFile(FileId.newId(), name, CONTENT_TYPE, copy.length, sha256(copy)), copy);
    }

    /** "C:\\Users\\x\\guide.pdf" → "guide.pdf"; blank → "dokument.pdf"; at most 255 characters. */
    static String cleanName(String uploadedName) {
        return UploadedFiles.cleanName(uploadedName, "dokument.pdf");
    }

    private static String sha256(byte[] content) {
        return UploadedFiles.sha256(content);
    }

    public StoredFile file() {
        return file;
    }

    public byte[] content() {
        return content.clone();
    }
}
