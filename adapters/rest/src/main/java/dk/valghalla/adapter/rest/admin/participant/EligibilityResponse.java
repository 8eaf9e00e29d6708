package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.application.participant.port.in.ElectionTypeEligibility;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.participant.Ineligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Whether the person may serve under an election type on {@code day}, rule by rule: {@code ALIVE} always, then the
 * type's rules. A failed rule carries the code the SPA explains ({@code eligibility.under_18}, ...).
 */
public record EligibilityResponse(UUID electionTypeId, String title, LocalDate day, boolean eligible,
                                  List<RuleResult> rules) {
    public record RuleResult(String rule, boolean passed, String code) {
    }

    static EligibilityResponse from(ElectionTypeEligibility e, LocalDate day) {
        List<RuleResult> rules = new ArrayList<>();
        rules.add(result("ALIVE", Ineligibility.NOT_ALIVE, e));
        for (EligibilityRule rule : EligibilityRule.values()) {
            if (e.rules().contains(rule)) {
                rules.add(result(rule.name(), failureOf(rule), e));
            }
        }
        return new EligibilityResponse(e.electionType().value(), e.title(), day, e.eligibility().eligible(), rules);
    }

    private static RuleResult result(String rule, Ineligibility failure, ElectionTypeEligibility e) {
        boolean failed = e.eligibility().failures().contains(failure);
        return new RuleResult(rule, !failed, failed ? failure.code() : null);
    }

    private static Ineligibility failureOf(EligibilityRule rule) {
        return switch (rule) {
            case AGE_18_ON_TASK_DATE -> Ineligibility.UNDER_18_ON_TASK_DATE;
            case DANISH_CITIZENSHIP -> Ineligibility.NOT_DANISH_CITIZEN;
            case RESIDENT_IN_MUNICIPALITY -> Ineligibility.NOT_RESIDENT_IN_MUNICIPALITY;
            case NOT_UNDER_GUARDIANSHIP -> Ineligibility.UNDER_GUARDIANSHIP;
        };
    }
}
