package dk.valghalla.adapter.persistence.tasktype;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An uploaded file with its content (bytea); only written and read together with what it is attached to. */
@Entity
@Table(name = "file")
public class FileEntity {
    @Id
    public UUID id;

    @Column(name = "original_name")
    public String originalName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long size;

    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
}
