package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.application.participant.port.in.ParticipantExportColumn;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.Ineligibility;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvParticipantExportTest {
    @Test
    void aFileHasABomDanishHeadersCrlfAndDanishValues() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvParticipantExport csv = new CsvParticipantExport(out);
        csv.start(List.of(ParticipantExportColumn.NAME, ParticipantExportColumn.PROTECTED_ADDRESS,
                ParticipantExportColumn.BIRTH_DATE, ParticipantExportColumn.DIGITAL_POST,
                ParticipantExportColumn.ELIGIBILITY, ParticipantExportColumn.MOBILE));
        csv.row(Arrays.asList("Ærø Dal", true, LocalDate.of(1990, 1, 2), DigitalPostRegistration.UNKNOWN,
                List.of(Ineligibility.UNDER_18_ON_TASK_DATE, Ineligibility.NOT_DANISH_CITIZEN), null));
        csv.row(Arrays.asList("Bo", false, LocalDate.of(1980, 12, 31), DigitalPostRegistration.SUBSCRIBED, List.of(),
                "20304050"));
        csv.finish();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Navn;Adressebeskyttet;Fødselsdato;Digital Post;Kan gøre tjeneste;Mobilnummer\r\n"
                + "Ærø Dal;Ja;02-01-1990;Ukendt;\"Nej: under 18 år, ikke dansk statsborger\";\r\n"
                + "Bo;Nej;31-12-1980;Tilmeldt;Ja;20304050\r\n");
    }
}
