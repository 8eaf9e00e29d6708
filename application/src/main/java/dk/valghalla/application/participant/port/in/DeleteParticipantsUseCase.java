package dk.valghalla.application.participant.port.in;

public interface DeleteParticipantsUseCase {
    /**
     * Deletes all the participants, or none: unknown ids and a missing or wrong confirmation word refuse the whole
     * request. Each deletion is audited.
     *
     * @return how many were deleted
     */
    int deleteParticipants(DeleteParticipantsCommand command);
}
