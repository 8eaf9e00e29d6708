package dk.valghalla.application.participant.port.in;

import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.participant.Eligibility;

import java.util.Set;

/** Whether a person may serve under one election type's rules on a day, with every failed rule. */
public record ElectionTypeEligibility(ElectionTypeId electionType, String title, Set<EligibilityRule> rules,
                                      Eligibility eligibility) {
}
