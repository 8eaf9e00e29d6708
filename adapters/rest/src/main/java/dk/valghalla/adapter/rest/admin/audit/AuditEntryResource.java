package dk.valghalla.adapter.rest.admin.audit;

import dk.valghalla.application.audit.port.in.SearchAuditLogQuery;
import dk.valghalla.application.audit.port.in.SearchAuditLogUseCase;
import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditFilter;
import dk.valghalla.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The audit log (<i>revisionslog</i>) of the request's municipality, newest first. */
@Path("/api/admin/audit-entries")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditEntryResource {
    /** Dates typed by Danish election offices mean Danish days. */
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final SearchAuditLogUseCase searchAuditLog;
    private final AuditEntryDtoMapper mapper;

    public AuditEntryResource(SearchAuditLogUseCase searchAuditLog, AuditEntryDtoMapper mapper) {
        this.searchAuditLog = searchAuditLog;
        this.mapper = mapper;
    }

    /**
     * @param from first day (inclusive), ISO date
     * @param to   last day (inclusive), ISO date
     */
    @GET
    public AuditPageResponse search(@QueryParam("action") String action, @QueryParam("objectType") String objectType,
                                    @QueryParam("actor") String actor, @QueryParam("from") String from,
                                    @QueryParam("to") String to,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("25") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        AuditFilter filter = new AuditFilter(parseAction(action), objectType, actor,
                startOf("from", from, 0), startOf("to", to, 1));
        return mapper.toResponse(searchAuditLog.searchAuditLog(new SearchAuditLogQuery(filter, new PageRequest(page, size))));
    }

    private static AuditAction parseAction(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("action", "audit.action_unknown", "Unknown action " + action);
        }
    }

    private static Instant startOf(String field, String date, int plusDays) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).plusDays(plusDays).atStartOfDay(DANISH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "date.invalid", field + " must be a date like 2026-11-22");
        }
    }
}
