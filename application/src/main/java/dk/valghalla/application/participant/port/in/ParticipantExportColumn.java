package dk.valghalla.application.participant.port.in;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A column of the participant export, in the order the file shows them. The value each row carries for a column is
 * given below ({@link ParticipantExportSink#row}); how it is written (text, date cell, "Ja"/"Nej") is the file
 * format's business.
 */
public enum ParticipantExportColumn {
    /** {@code String}: "First Middle Last". */
    NAME,
    /** {@code Boolean}: name and address protection. Always exported: it cannot be left out. */
    PROTECTED_ADDRESS,
    /** {@code String}: the masked CPR number {@code ddmmyy-XXXX}. */
    CPR_MASKED,
    /** {@code String}: the whole CPR number {@code ddmmyy-nnnn}; only when chosen, and audited as CPR viewing. */
    CPR_NUMBER,
    /** {@code LocalDate}. */
    BIRTH_DATE,
    /** {@code Integer}: whole years today (Danish time). */
    AGE,
    /** {@code String}: street and c/o name, or the lines of a foreign address. */
    ADDRESS,
    /** {@code String}: Danish postal code, or null. */
    POSTAL_CODE,
    /** {@code String}: the post district (<i>by</i>), or null. */
    CITY,
    /** {@code String}: eight digits, or null. */
    MOBILE,
    /** {@code String}, or null. */
    EMAIL,
    /** {@code List<String>}: team names in Danish order. */
    TEAMS,
    /** {@code List<String>}: special diet titles in Danish order. */
    SPECIAL_DIETS,
    /** {@code DigitalPostRegistration}. */
    DIGITAL_POST,
    /** {@code PersonStatus}: the status in the CPR register. */
    CPR_STATUS,
    /**
     * {@code List<Ineligibility>}: every rule the participant fails today, judged on the last known CPR data with all
     * eligibility rules (empty = meets them all).
     */
    ELIGIBILITY,
    /** {@code Instant}: when the CPR data was fetched (its age). */
    CPR_FETCHED_AT;

    /** What an export holds when no columns are chosen. */
    public static final Set<ParticipantExportColumn> DEFAULT = Collections.unmodifiableSet(EnumSet.of(NAME,
            PROTECTED_ADDRESS, CPR_MASKED, ADDRESS, POSTAL_CODE, CITY, MOBILE, EMAIL, TEAMS, SPECIAL_DIETS, DIGITAL_POST));

    /** The column that cannot be left out. */
    public static final ParticipantExportColumn MANDATORY = PROTECTED_ADDRESS;
}
