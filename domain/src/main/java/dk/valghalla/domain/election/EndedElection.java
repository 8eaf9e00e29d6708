package dk.valghalla.domain.election;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An active election whose period has ended: it is deactivated automatically (the participant site then no longer
 * shows it). The full election aggregate arrives with the election use cases.
 */
public record EndedElection(ElectionId id, String title, LocalDate electionDate, LocalDate periodEnd) {
    public EndedElection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(periodEnd, "periodEnd");
    }

    /** An election is over once its period end lies before the given day (the period end itself still counts). */
    public static boolean isOver(LocalDate periodEnd, LocalDate today) {
        return periodEnd.isBefore(today);
    }
}
