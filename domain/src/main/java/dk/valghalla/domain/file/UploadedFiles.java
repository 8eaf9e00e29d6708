package dk.valghalla.domain.file;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** What every kind of uploaded file needs: a harmless name and the SHA-256 of its content. */
public final class UploadedFiles {
    public static final int NAME_MAX = 255;

    private UploadedFiles() {
    }

    /** "C:\\Users\\x\\guide.pdf" → "guide.pdf"; no control characters; blank → {@code fallback}; at most 255 characters. */
    public static String cleanName(String uploadedName, String fallback) {
        String name = Objects.requireNonNullElse(uploadedName, "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name;
    }

    /** The SHA-256 of the content as 64 lower-case hex digits. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
