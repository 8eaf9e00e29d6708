package dk.valghalla.application.election.port.in;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.time.LocalDate;
import java.util.Set;

/**
 * A copy of {@code source} around a new election day: its period runs from {@code daysBefore} days before to
 * {@code daysAfter} days after it, with the chosen work locations of the source.
 */
public record DuplicateElectionCommand(ElectionId source, String title, ElectionTypeId type, int lockPeriodDays,
                                       LocalDate electionDate, int daysBefore, int daysAfter,
                                       Set<WorkLocationId> workLocations) {
}
