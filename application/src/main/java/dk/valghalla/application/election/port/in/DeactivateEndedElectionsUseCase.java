package dk.valghalla.application.election.port.in;

public interface DeactivateEndedElectionsUseCase {
    /**
     * In every municipality, deactivates the active elections whose period ended before today (Danish date). Each
     * municipality is handled in its own transaction; one municipality's failure does not stop the others.
     */
    DeactivationReport deactivateEndedElections();
}
