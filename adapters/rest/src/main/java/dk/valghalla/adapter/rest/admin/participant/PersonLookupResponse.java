package dk.valghalla.adapter.rest.admin.participant;

import java.util.List;
import java.util.UUID;

/**
 * The CPR register's answer: the person, the eligibility per election type, and the participant who already has
 * this CPR number ({@code participantId}, null if none). The CPR number is only echoed masked.
 */
public record PersonLookupResponse(String cprMasked, PersonResponse person, UUID participantId,
                                   List<EligibilityResponse> eligibility) {
}
