package dk.valghalla.domain.participant;

import java.util.Arrays;

/** A person's status in the CPR register, with the register's status codes. */
public enum PersonStatus {
    /** Living in Denmark or Greenland (codes 1, 3, 5, 7). */
    ACTIVE(1, 3, 5, 7),
    /** Has a CPR number for tax reasons only, no residence (20). */
    NO_RESIDENCE(20),
    /** The CPR number was annulled (30). */
    ANNULLED(30),
    /** The CPR number was deleted as a duplicate (50). */
    DELETED(50),
    /** The CPR number was replaced by another one (60). */
    CPR_NUMBER_CHANGED(60),
    /** Disappeared (70). */
    DISAPPEARED(70),
    /** Emigrated (80). */
    EMIGRATED(80),
    /** Dead (90). */
    DEAD(90);

    private final int[] codes;

    PersonStatus(int... codes) {
        this.codes = codes;
    }

    /** The status for a CPR status code; an unknown code is a register error. */
    public static PersonStatus ofCode(int code) {
        for (PersonStatus s : values()) {
            if (Arrays.stream(s.codes).anyMatch(c -> c == code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown CPR status code " + code);
    }

    /** The first (canonical) register code of this status. */
    public int code() {
        return codes[0];
    }

    /** Neither dead nor disappeared. */
    public boolean isAlive() {
        return this != DEAD && this != DISAPPEARED;
    }
}
