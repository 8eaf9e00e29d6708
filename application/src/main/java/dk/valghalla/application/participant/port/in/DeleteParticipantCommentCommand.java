package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.CommentId;
import dk.valghalla.domain.participant.ParticipantId;

import java.util.Objects;

public record DeleteParticipantCommentCommand(ParticipantId participant, CommentId comment) {
    public DeleteParticipantCommentCommand {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(comment, "comment");
    }
}
