package dk.valghalla.application.webcontent.port.out;

/**
 * Whether the municipality has an active election. A minimal read of the elections, for the participant site's
 * front page ("Ingen aktive valg"); the election context owns elections.
 */
public interface ElectionActivity {
    boolean anyActiveElection();
}
