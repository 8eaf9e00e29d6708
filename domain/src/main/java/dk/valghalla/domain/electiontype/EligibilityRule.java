package dk.valghalla.domain.electiontype;

/**
 * The conditions a person must meet to serve at an election of a given type (checked against the CPR register,
 * unless a task type waives validation). Being alive is always required and is therefore not a choice here.
 */
public enum EligibilityRule {
    /** At least 18 years old on the date of the task. */
    AGE_18_ON_TASK_DATE,
    /** Danish citizenship (CPR country code 5100). */
    DANISH_CITIZENSHIP,
    /** Registered address in the municipality that holds the election. */
    RESIDENT_IN_MUNICIPALITY,
    /** Not under guardianship that removes legal capacity (<i>umyndiggjort</i>). */
    NOT_UNDER_GUARDIANSHIP
}
