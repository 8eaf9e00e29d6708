package dk.valghalla.domain.participant;

/** A reason why a person may not serve at a task, with the stable code the UI translates. */
public enum Ineligibility {
    /** Dead or disappeared in the CPR register: checked always, even when a task type waives validation. */
    NOT_ALIVE("eligibility.not_alive"),
    /** Younger than 18 on the date of the task. */
    UNDER_18_ON_TASK_DATE("eligibility.under_18"),
    /** Not a Danish citizen (CPR country code 5100), or the register does not say. */
    NOT_DANISH_CITIZEN("eligibility.not_danish_citizen"),
    /** No Danish address in the municipality that holds the election (also: emigrated). */
    NOT_RESIDENT_IN_MUNICIPALITY("eligibility.not_resident"),
    /** Deprived of legal capacity (<i>umyndiggjort</i>). */
    UNDER_GUARDIANSHIP("eligibility.under_guardianship");

    private final String code;

    Ineligibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
