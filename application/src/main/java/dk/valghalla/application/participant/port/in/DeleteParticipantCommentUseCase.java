package dk.valghalla.application.participant.port.in;

public interface DeleteParticipantCommentUseCase {
    void deleteParticipantComment(DeleteParticipantCommentCommand command);
}
