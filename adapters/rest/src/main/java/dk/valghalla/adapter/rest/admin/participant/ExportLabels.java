package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.application.participant.port.in.ParticipantExportColumn;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.participant.PersonStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Danish words of an export file: column headers and the text of values (the files are for Danish offices). */
final class ExportLabels {
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(DANISH_TIME);
    static final String YES = "Ja";
    static final String NO = "Nej";

    private static final Map<ParticipantExportColumn, String> HEADERS = new EnumMap<>(Map.ofEntries(
            Map.entry(ParticipantExportColumn.NAME, "Navn"),
            Map.entry(ParticipantExportColumn.PROTECTED_ADDRESS, "Adressebeskyttet"),
            Map.entry(ParticipantExportColumn.CPR_MASKED, "CPR-nummer (skjult)"),
            Map.entry(ParticipantExportColumn.CPR_NUMBER, "CPR-nummer"),
            Map.entry(ParticipantExportColumn.BIRTH_DATE, "Fødselsdato"),
            Map.entry(ParticipantExportColumn.AGE, "Alder"),
            Map.entry(ParticipantExportColumn.ADDRESS, "Adresse"),
            Map.entry(ParticipantExportColumn.POSTAL_CODE, "Postnummer"),
            Map.entry(ParticipantExportColumn.CITY, "By"),
            Map.entry(ParticipantExportColumn.MOBILE, "Mobilnummer"),
            Map.entry(ParticipantExportColumn.EMAIL, "E-mail"),
            Map.entry(ParticipantExportColumn.TEAMS, "Teams"),
            Map.entry(ParticipantExportColumn.SPECIAL_DIETS, "Specialkost"),
            Map.entry(ParticipantExportColumn.DIGITAL_POST, "Digital Post"),
            Map.entry(ParticipantExportColumn.CPR_STATUS, "CPR-status"),
            Map.entry(ParticipantExportColumn.ELIGIBILITY, "Kan gøre tjeneste"),
            Map.entry(ParticipantExportColumn.CPR_FETCHED_AT, "CPR-data hentet")));

    private static final Map<DigitalPostRegistration, String> DIGITAL_POST = new EnumMap<>(Map.of(
            DigitalPostRegistration.SUBSCRIBED, "Tilmeldt",
            DigitalPostRegistration.NOT_SUBSCRIBED, "Fritaget",
            DigitalPostRegistration.UNKNOWN, "Ukendt"));

    private static final Map<PersonStatus, String> STATUS = new EnumMap<>(Map.of(
            PersonStatus.ACTIVE, "Aktiv",
            PersonStatus.NO_RESIDENCE, "Uden bopæl",
            PersonStatus.ANNULLED, "Annulleret",
            PersonStatus.DELETED, "Slettet",
            PersonStatus.CPR_NUMBER_CHANGED, "CPR-nummer ændret",
            PersonStatus.DISAPPEARED, "Forsvundet",
            PersonStatus.EMIGRATED, "Udrejst",
            PersonStatus.DEAD, "Død"));

    private static final Map<Ineligibility, String> INELIGIBILITY = new EnumMap<>(Map.of(
            Ineligibility.NOT_ALIVE, "ikke i live",
            Ineligibility.UNDER_18_ON_TASK_DATE, "under 18 år",
            Ineligibility.NOT_DANISH_CITIZEN, "ikke dansk statsborger",
            Ineligibility.NOT_RESIDENT_IN_MUNICIPALITY, "bor ikke i kommunen",
            Ineligibility.UNDER_GUARDIANSHIP, "under værgemål"));

    private ExportLabels() {
    }

    static String header(ParticipantExportColumn column) {
        return HEADERS.get(column);
    }

    /**
     * A column's value as text: dates as dd-MM-yyyy, yes/no in Danish, lists comma-separated, eligibility as "Ja" or
     * "Nej: " with the reasons. Null stays null.
     */
    static String text(ParticipantExportColumn column, Object value) {
        if (value == null) {
            return null;
        }
        if (column == ParticipantExportColumn.ELIGIBILITY && value instanceof List<?> failures) {
            return failures.isEmpty() ? YES
                    : NO + ": " + failures.stream().map(f -> INELIGIBILITY.get((Ineligibility) f)).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean b) {
            return b ? YES : NO;
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof Instant i) {
            return DATE_TIME.format(i);
        }
        if (value instanceof DigitalPostRegistration r) {
            return DIGITAL_POST.get(r);
        }
        if (value instanceof PersonStatus s) {
            return STATUS.get(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
