package dk.valghalla.adapter.rest.admin.task;

import dk.valghalla.adapter.rest.shared.CsvFields;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.task.port.in.ElectionSystemRow;
import dk.valghalla.application.task.port.in.ExportElectionSystemQuery;
import dk.valghalla.application.task.port.in.ExportElectionSystemUseCase;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.worklocation.WorkLocationId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The export to the national election system (KMD Valg, "Valg Central"), <i>Eksport til valgsystemet</i>:
 * {@code GET /api/admin/elections/{id}/election-system-export?format=csv|xlsx&taskTypeId=&workLocationId=&taskDate=}.
 * One row per accepted seat with the voting-area number, the task type, the person's name, birth date and whole CPR
 * number, and whether the person has a protected address (marked, as in every export).
 */
@Path("/api/admin/elections/{electionId}/election-system-export")
@RolesAllowed(Roles.ADMIN)
public class ElectionSystemExportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of("Afstemningsområde", "Arbejdssted", "Dato", "Opgavetype", "Navn",
            "Fødselsdato", "CPR-nummer", "Adressebeskyttelse");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final ExportElectionSystemUseCase export;

    public ElectionSystemExportResource(ExportElectionSystemUseCase export) {
        this.export = export;
    }

    @GET
    @Produces({CsvFields.MEDIA_TYPE, XLSX})
    public Response export(@PathParam("electionId") UUID electionId, @QueryParam("format") String format,
                           @QueryParam("taskTypeId") UUID taskTypeId,
                           @QueryParam("workLocationId") UUID workLocationId,
                           @QueryParam("taskDate") LocalDate taskDate) {
        String chosen = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (!chosen.equals("csv") && !chosen.equals("xlsx")) {
            throw new InvalidValueException("format", "export.format_invalid", "format is csv or xlsx");
        }
        List<ElectionSystemRow> rows = export.exportElectionSystem(new ExportElectionSystemQuery(
                new ElectionId(electionId), taskTypeId == null ? null : new TaskTypeId(taskTypeId),
                workLocationId == null ? null : new WorkLocationId(workLocationId), taskDate,
                chosen.toUpperCase(Locale.ROOT)));
        StreamingOutput body = chosen.equals("csv") ? out -> csv(rows, out) : out -> xlsx(rows, out);
        return Response.ok(body, chosen.equals("csv") ? CsvFields.MEDIA_TYPE : XLSX)
                .header("Content-Disposition", "attachment; filename=\"valgsystem." + chosen + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static List<String> texts(ElectionSystemRow r) {
        return List.of(r.votingArea() == null ? "" : r.votingArea().toString(), r.workLocation(),
                DATE.format(r.taskDate()), r.taskType(), r.name(), DATE.format(r.birthDate()), cpr(r),
                r.addressProtected() ? "Ja" : "Nej");
    }

    /** {@code ddmmyy-ssss}, the way the CPR number is written. */
    private static String cpr(ElectionSystemRow r) {
        String digits = r.cpr().value();
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    private static void csv(List<ElectionSystemRow> rows, java.io.OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write('\uFEFF');
        CsvFields.line(out, HEADERS);
        for (ElectionSystemRow row : rows) {
            CsvFields.line(out, texts(row));
        }
        out.flush();
    }


    private static void xlsx(List<ElectionSystemRow> rows, java.io.OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Valghalla", "1.0");
        Worksheet sheet = workbook.newWorksheet("Valgsystem");
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.inlineString(0, c, HEADERS.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, c == 1 || c == 4 ? 30 : 16);
        }
        sheet.freezePane(0, 1);
        int r = 1;
        for (ElectionSystemRow row : rows) {
            if (row.votingArea() != null) {
                sheet.value(r, 0, row.votingArea());
            }
            sheet.inlineString(r, 1, row.workLocation());
            sheet.value(r, 2, row.taskDate());
            sheet.style(r, 2).format("dd-mm-yyyy").set();
            sheet.inlineString(r, 3, row.taskType());
            sheet.inlineString(r, 4, row.name());
            sheet.value(r, 5, row.birthDate());
            sheet.style(r, 5).format("dd-mm-yyyy").set();
            sheet.inlineString(r, 6, cpr(row));
            sheet.inlineString(r, 7, row.addressProtected() ? "Ja" : "Nej");
            if (row.addressProtected()) {
                sheet.style(r, 7).bold().fontColor("C00000").fillColor("FDE2E2").set();
            }
            r++;
        }
        workbook.finish();
    }
}
