package dk.valghalla.domain.file;

import java.util.Objects;

/** What is known about a stored file without its content: its id, the name it was uploaded with, type, size and hash. */
public record StoredFile(FileId id, String name, String contentType, long size, String sha256) {
    public StoredFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
