package dk.valghalla.application.participant.port.in;

public interface RefreshParticipantsCprUseCase {
    /**
     * In every municipality with an active election: fetches every participant's CPR data again, keeps it, re-checks
     * the eligibility for each active election and records the outcome. Continues an interrupted pass where it
     * stopped. Each batch of participants is one transaction; one municipality's failure does not stop the others.
     */
    CprRefreshReport refreshParticipantsCpr();
}
