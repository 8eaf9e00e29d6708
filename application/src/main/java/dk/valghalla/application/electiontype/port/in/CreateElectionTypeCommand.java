package dk.valghalla.application.electiontype.port.in;

import dk.valghalla.domain.electiontype.EligibilityRule;

import java.util.Set;

public record CreateElectionTypeCommand(String title, Set<EligibilityRule> rules) {
}
