package dk.valghalla.adapter.persistence.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "participant_comment")
public class ParticipantCommentEntity {
    @Id
    public UUID id;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "author_id")
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "written_at")
    public Instant writtenAt;

    public String text;
}
