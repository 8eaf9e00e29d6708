package dk.valghalla.domain.participant;

/** Whether letters can go to the person's Digital Post, as the CPR register mirrors it (<i>tilmeldtDigitalpost</i>). */
public enum DigitalPostRegistration {
    /** Receives Digital Post. */
    SUBSCRIBED,
    /** Exempt from Digital Post: send letters another way. */
    NOT_SUBSCRIBED,
    /** The register did not say; ask Digital Post itself before sending. */
    UNKNOWN
}
