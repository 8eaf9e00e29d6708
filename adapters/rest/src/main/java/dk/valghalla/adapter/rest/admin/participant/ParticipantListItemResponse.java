package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.application.participant.port.in.ListedParticipant;
import dk.valghalla.domain.participant.EmailAddress;
import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.participant.MobileNumber;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A participant in a list: masked CPR number only; the protected-address flag always included. {@code validation}
 * is the participant's validation for the election the list was asked about ({@code electionId}), else null.
 */
public record ParticipantListItemResponse(UUID id, String name, String cprMasked, String mobile, String email,
                                          List<UUID> teamIds, List<UUID> specialDietIds, String digitalPost,
                                          boolean addressProtected, boolean alive, Instant cprFetchedAt, long version,
                                          ValidationResponse validation) {
    /**
     * The CPR refresh's latest outcome for the election.
     *
     * @param status         ELIGIBLE, INELIGIBLE, NOT_IN_CPR or NOT_CHECKED (nothing kept: the other fields are null
     *                       and the failures empty)
     * @param failures       the rules failed (INELIGIBLE only), each with the code the SPA explains
     * @param eligibilityDay the day the rules were judged on
     * @param checkedAt      when the refresh checked
     */
    public record ValidationResponse(String status, List<FailureResponse> failures, LocalDate eligibilityDay,
                                     Instant checkedAt) {
        /** @param kept the outcome kept for the status (null for NOT_CHECKED) */
        public static ValidationResponse of(ValidationStatus status, ParticipantValidation kept) {
            return kept == null ? new ValidationResponse(status.name(), List.of(), null, null)
                    : new ValidationResponse(status.name(),
                    kept.failures().stream().map(f -> new FailureResponse(f.name(), f.code())).toList(),
                    kept.eligibilityDay(), kept.checkedAt());
        }
    }

    /** A failed rule: the {@link Ineligibility} name and its explaining code ({@code eligibility.under_18}, ...). */
    public record FailureResponse(String rule, String code) {
    }

    static ParticipantListItemResponse from(ListedParticipant listed) {
        Participant p = listed.participant();
        return new ParticipantListItemResponse(p.id().value(), p.name(), p.cpr().masked(),
                p.mobile().map(MobileNumber::digits).orElse(null), p.email().map(EmailAddress::value).orElse(null),
                p.teams().stream().map(TeamId::value).sorted().toList(),
                p.specialDiets().stream().map(SpecialDietId::value).sorted().toList(),
                p.person().digitalPost().name(), p.person().addressProtected(), p.person().isAlive(),
                p.person().fetchedAt(), p.version(), validation(listed));
    }

    private static ValidationResponse validation(ListedParticipant listed) {
        return listed.validationStatus() == null ? null
                : ValidationResponse.of(listed.validationStatus(), listed.validation());
    }
}
