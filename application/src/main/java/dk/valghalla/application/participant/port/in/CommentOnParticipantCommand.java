package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.ParticipantId;

import java.util.Objects;

public record CommentOnParticipantCommand(ParticipantId participant, String text) {
    public CommentOnParticipantCommand {
        Objects.requireNonNull(participant, "participant");
    }
}
