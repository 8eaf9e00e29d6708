package dk.valghalla.domain.file;

import java.util.Objects;

/** A stored file with its bytes, for a download. */
public record FileContent(StoredFile file, byte[] bytes) {
    public FileContent {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
    }
}
