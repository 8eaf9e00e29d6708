package dk.valghalla.application.electiontype.port.in;

import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.electiontype.EligibilityRule;

import java.util.Set;

public record ReviseElectionTypeCommand(ElectionTypeId id, String title, Set<EligibilityRule> rules, long expectedVersion) {
}
