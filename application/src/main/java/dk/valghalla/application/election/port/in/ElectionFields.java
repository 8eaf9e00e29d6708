package dk.valghalla.application.election.port.in;

import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.time.LocalDate;
import java.util.Set;

/** What the admin enters for an election, in the wizard or the edit form. */
public record ElectionFields(String title, ElectionTypeId type, int lockPeriodDays, LocalDate periodStart,
                             LocalDate periodEnd, LocalDate electionDate, Set<WorkLocationId> workLocations) {
}
