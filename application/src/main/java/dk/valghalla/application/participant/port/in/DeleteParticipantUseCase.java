package dk.valghalla.application.participant.port.in;

public interface DeleteParticipantUseCase {
    /** Deletes only when confirmed; otherwise refuses with the consequences. */
    void deleteParticipant(DeleteParticipantCommand command);
}
