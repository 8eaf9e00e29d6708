package dk.valghalla.domain.participant;

import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.util.Set;

/** What changed when a participant's responsibilities were set: the grants and revocations, for the audit log. */
public record ResponsibilityChanges(Set<TeamId> grantedTeams, Set<TeamId> revokedTeams,
                                   Set<WorkLocationId> grantedWorkLocations, Set<WorkLocationId> revokedWorkLocations) {
    public ResponsibilityChanges {
        grantedTeams = Set.copyOf(grantedTeams);
        revokedTeams = Set.copyOf(revokedTeams);
        grantedWorkLocations = Set.copyOf(grantedWorkLocations);
        revokedWorkLocations = Set.copyOf(revokedWorkLocations);
    }

    public boolean none() {
        return grantedTeams.isEmpty() && revokedTeams.isEmpty() && grantedWorkLocations.isEmpty()
                && revokedWorkLocations.isEmpty();
    }
}
