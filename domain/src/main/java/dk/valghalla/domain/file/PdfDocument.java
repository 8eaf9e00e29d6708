package dk.valghalla.domain.file;

import dk.valghalla.domain.shared.InvalidValueException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An uploaded PDF document that passed the checks: not empty, not larger than the limit, and really a PDF by its
 * content (it starts with the magic bytes {@code %PDF-}); the file name and the declared content type are not trusted.
 * The name is reduced to its last path segment without control characters.
 */
public final class PdfDocument {
    public static final String CONTENT_TYPE = "application/pdf";
    public static final int NAME_MAX = 255;
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
        String name = Objects.requireNonNullElse(uploadedName, "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            name = "dokument.pdf";
        }
        return name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public StoredFile file() {
        return file;
    }

    public byte[] content() {
        return content.clone();
    }
}
