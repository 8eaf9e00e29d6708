package dk.valghalla.application.participant.port.in;

import java.util.List;

public interface AssessParticipantEligibilityUseCase {
    /** Per election type (in Danish order of titles), judged on the participant's last known CPR data. */
    List<ElectionTypeEligibility> assessParticipantEligibility(AssessParticipantEligibilityQuery query);
}
