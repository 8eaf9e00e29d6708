package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.participant.port.in.ExportParticipantsQuery;
import dk.valghalla.application.participant.port.in.ExportParticipantsUseCase;
import dk.valghalla.application.participant.port.in.ParticipantExportColumn;
import dk.valghalla.application.participant.port.in.ParticipantExportSink;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Participant lists as files: {@code GET /api/admin/participants/export?format=csv|xlsx&columns=NAME,EMAIL,...}
 * with the list's filters ({@code q}, {@code teamId}, {@code specialDietId}, {@code digitalPost},
 * {@code addressProtected}, {@code validation} with {@code electionId}). The file streams straight from the database
 * cursor to the client; the protected-address column is always in it. Bad parameters are refused (400) before the
 * first byte.
 */
@Path("/api/admin/participants/export")
@RolesAllowed(Roles.ADMIN)
public class ParticipantExportResource {
    private final ExportParticipantsUseCase exportParticipants;
    private final Clock clock;

    public ParticipantExportResource(ExportParticipantsUseCase exportParticipants, Clock clock) {
        this.exportParticipants = exportParticipants;
        this.clock = clock;
    }

    /**
     * {@code columns}: comma-separated (or repeated) names of {@link ParticipantExportColumn}, case-insensitive;
     * none = the default set. {@code CPR_NUMBER} exports whole CPR numbers and is audited as viewing them.
     */
    @GET
    @Produces({CsvParticipantExport.MEDIA_TYPE, XlsxParticipantExport.MEDIA_TYPE})
    public Response export(@QueryParam("format") String format, @QueryParam("columns") List<String> columns,
                           @QueryParam("q") @Size(max = 255) String q, @QueryParam("teamId") UUID teamId,
                           @QueryParam("specialDietId") UUID specialDietId,
                           @QueryParam("digitalPost") String digitalPost,
                           @QueryParam("addressProtected") Boolean addressProtected,
                           @QueryParam("electionId") UUID electionId, @QueryParam("validation") String validation) {
        Format chosen = Format.parse(format);
        ExportParticipantsQuery query = new ExportParticipantsQuery(q, teamId == null ? null : new TeamId(teamId),
                specialDietId == null ? null : new SpecialDietId(specialDietId), digitalPost(digitalPost),
                addressProtected, electionId == null ? null : new ElectionId(electionId),
                ParticipantFilters.validation(validation), columns(columns));
        StreamingOutput body = out -> exportParticipants.exportParticipants(query, chosen.sink.apply(out));
        String fileName = "deltagere-" + LocalDate.ofInstant(clock.instant(), ExportLabels.DANISH_TIME) + "." + chosen.extension;
        return Response.ok(body, chosen.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private enum Format {
        CSV("csv", CsvParticipantExport.MEDIA_TYPE, CsvParticipantExport::new),
        XLSX("xlsx", XlsxParticipantExport.MEDIA_TYPE, XlsxParticipantExport::new);

        final String extension;
        final String mediaType;
        final Function<OutputStream, ParticipantExportSink> sink;

        Format(String extension, String mediaType, Function<OutputStream, ParticipantExportSink> sink) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.sink = sink;
        }

        static Format parse(String value) {
            if (value == null || value.isBlank()) {
                return CSV;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("format", "export.format_unknown", "format is csv or xlsx");
            }
        }
    }

    private static List<ParticipantExportColumn> columns(List<String> values) {
        List<ParticipantExportColumn> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        for (String value : values) {
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    result.add(ParticipantExportColumn.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException("columns", "export.column_unknown", "Unknown column; the columns are the names of ParticipantExportColumn");
                }
            }
        }
        return result;
    }

    private static DigitalPostRegistration digitalPost(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DigitalPostRegistration.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("digitalPost", "request.invalid",
                    "digitalPost is SUBSCRIBED, NOT_SUBSCRIBED or UNKNOWN");
        }
    }
}
