package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.participant.ParticipantComment;

public interface CommentOnParticipantUseCase {
    ParticipantComment commentOnParticipant(CommentOnParticipantCommand command);
}
