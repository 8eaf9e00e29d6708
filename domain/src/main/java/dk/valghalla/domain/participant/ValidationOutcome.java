package dk.valghalla.domain.participant;

/** What a re-check of a participant against the CPR register found for one election. */
public enum ValidationOutcome {
    /** The register answered and the participant meets every rule of the election. */
    ELIGIBLE,
    /** The register answered and the participant fails one or more rules (dead or disappeared included). */
    INELIGIBLE,
    /** The register has nobody with the participant's CPR number (any more). */
    NOT_IN_CPR
}
