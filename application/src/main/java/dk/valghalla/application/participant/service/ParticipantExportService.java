package dk.valghalla.application.participant.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.participant.port.in.ExportParticipantsQuery;
import dk.valghalla.application.participant.port.in.ExportParticipantsUseCase;
import dk.valghalla.application.participant.port.in.ParticipantExportColumn;
import dk.valghalla.application.participant.port.in.ParticipantExportSink;
import dk.valghalla.application.participant.port.out.CprVault;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.participant.port.out.ParticipantSearch;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.specialdiet.port.out.SpecialDietRepository;
import dk.valghalla.application.team.port.out.TeamRepository;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.participant.DanishAddress;
import dk.valghalla.domain.participant.EmailAddress;
import dk.valghalla.domain.participant.Eligibility;
import dk.valghalla.domain.participant.ForeignAddress;
import dk.valghalla.domain.participant.MobileNumber;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.PersonSnapshot;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.shared.DanishCollation;
import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.tenant.MunicipalityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Participant exports (CSV, XLSX: the sink's business). The rows stream from the repository to the sink one at a
 * time inside one read transaction; only the names of teams and special diets (a few hundred at most) are held.
 * One audit entry per export, written when the last row is out (or the receiver went away).
 */
@ApplicationScoped
public class ParticipantExportService implements ExportParticipantsUseCase {
    static final String EXPORT_OBJECT_TYPE = "PARTICIPANT_EXPORT";
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final Set<EligibilityRule> ALL_RULES = EnumSet.allOf(EligibilityRule.class);

    private final ParticipantRepository participants;
    private final CprVault vault;
    private final TeamRepository teams;
    private final SpecialDietRepository specialDiets;
    private final TenantContext tenantContext;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ParticipantExportService(ParticipantRepository participants, CprVault vault, TeamRepository teams,
                                    SpecialDietRepository specialDiets, TenantContext tenantContext,
                                    AuditTrail auditTrail, Clock clock) {
        this.participants = participants;
        this.vault = vault;
        this.teams = teams;
        this.specialDiets = specialDiets;
        this.tenantContext = tenantContext;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(dontRollbackOn = UncheckedIOException.class)
    public long exportParticipants(ExportParticipantsQuery q, ParticipantExportSink sink) {
        String lookupKey = null;
        String text = q.text();
        Optional<CprNumber> wholeCpr = ParticipantService.wholeCprNumber(text);
        if (wholeCpr.isPresent()) {
            lookupKey = vault.lookupKey(wholeCpr.get());
            text = null;
        }
        ParticipantSearch search = new ParticipantSearch(text, lookupKey, q.team(), q.specialDiet(), q.digitalPost(),
                q.addressProtected(), q.election(), q.validation());
        Map<TeamId, String> teamNames = q.includes(ParticipantExportColumn.TEAMS)
                ? all(teams::search, Team::id, Team::name) : Map.of();
        Map<SpecialDietId, String> dietTitles = q.includes(ParticipantExportColumn.SPECIAL_DIETS)
                ? all(specialDiets::search, SpecialDiet::id, SpecialDiet::title) : Map.of();
        LocalDate today = LocalDate.ofInstant(clock.instant(), DENMARK);
        MunicipalityCode municipality = tenantContext.tenant().municipalityCode();

        long[] rows = {0};
        try {
            sink.start(q.columns());
            participants.forEachMatching(search, p -> {
                List<Object> values = new ArrayList<>(q.columns().size());
                for (ParticipantExportColumn column : q.columns()) {
                    values.add(value(column, p, teamNames, dietTitles, today, municipality));
                }
                sink.row(values);
                rows[0]++;
            });
            sink.finish();
        } catch (UncheckedIOException e) {
            audit(q, sink, search, rows[0], false);
            throw e;
        }
        audit(q, sink, search, rows[0], true);
        return rows[0];
    }

    private Object value(ParticipantExportColumn column, Participant p, Map<TeamId, String> teamNames,
                         Map<SpecialDietId, String> dietTitles, LocalDate today, MunicipalityCode municipality) {
        PersonSnapshot person = p.person();
        return switch (column) {
            case NAME -> p.name();
            case PROTECTED_ADDRESS -> person.addressProtected();
            case CPR_MASKED -> p.cpr().masked();
            case CPR_NUMBER -> withDash(vault.open(p.cpr()));
            case BIRTH_DATE -> person.birthDate();
            case AGE -> person.ageOn(today);
            case ADDRESS -> person.address().map(ParticipantExportService::street)
                    .or(() -> person.foreignAddress().map(f -> String.join(", ", f.lines()))).orElse(null);
            case POSTAL_CODE -> person.address().map(DanishAddress::postalCode).orElse(null);
            case CITY -> person.address().map(DanishAddress::postDistrict).orElse(null);
            case MOBILE -> p.mobile().map(MobileNumber::digits).orElse(null);
            case EMAIL -> p.email().map(EmailAddress::value).orElse(null);
            case TEAMS -> names(p.teams(), teamNames);
            case SPECIAL_DIETS -> names(p.specialDiets(), dietTitles);
            case DIGITAL_POST -> person.digitalPost();
            case CPR_STATUS -> person.status();
            case ELIGIBILITY -> Eligibility.of(person, ALL_RULES, today, municipality, false).failures();
            case CPR_FETCHED_AT -> person.fetchedAt();
        };
    }

    private static String withDash(CprNumber cpr) {
        return cpr.value().substring(0, 6) + "-" + cpr.value().substring(6);
    }

    private static String street(DanishAddress a) {
        return a.coName().map(co -> "c/o " + co + ", ").orElse("") + a.streetAddress();
    }

    private static <I> List<String> names(Set<I> ids, Map<I, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "?")).sorted(DanishCollation.comparing(s -> s)).toList();
    }

    /** Every team or special diet, page by page (they are few). */
    private static <T, I> Map<I, String> all(PagedSearch<T> search, Function<T, I> id, Function<T, String> name) {
        Map<I, String> result = new HashMap<>();
        for (int page = 0; ; page++) {
            Page<T> found = search.search(null, new PageRequest(page, PageRequest.MAX_SIZE));
            found.items().forEach(t -> result.put(id.apply(t), name.apply(t)));
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                return result;
            }
        }
    }

    @FunctionalInterface
    private interface PagedSearch<T> {
        Page<T> search(String text, PageRequest page);
    }

    private void audit(ExportParticipantsQuery q, ParticipantExportSink sink, ParticipantSearch search, long rows,
                       boolean complete) {
        String summary = sink.format() + " export, rows: " + rows + (complete ? "" : " (interrupted)")
                + "; columns: " + q.columns().stream().map(Enum::name).collect(Collectors.joining(","))
                + "; criteria: " + criteria(search);
        auditTrail.record(AuditAction.PARTICIPANTS_EXPORTED, EXPORT_OBJECT_TYPE, null, summary);
        if (q.includes(ParticipantExportColumn.CPR_NUMBER)) {
            auditTrail.record(AuditAction.PARTICIPANT_CPR_VIEWED, EXPORT_OBJECT_TYPE, null,
                    "Whole CPR numbers in a " + sink.format() + " export, rows: " + rows);
        }
    }

    private static String criteria(ParticipantSearch s) {
        List<String> parts = new ArrayList<>();
        if (s.text() != null) {
            parts.add("text \"" + s.text() + "\"");
        }
        if (s.cprLookupKey() != null) {
            parts.add("one CPR number");
        }
        if (s.team() != null) {
            parts.add("team " + s.team());
        }
        if (s.specialDiet() != null) {
            parts.add("special diet " + s.specialDiet());
        }
        if (s.digitalPost() != null) {
            parts.add("Digital Post " + s.digitalPost());
        }
        if (s.addressProtected() != null) {
            parts.add("protected address " + s.addressProtected());
        }
        if (s.validation() != null) {
            parts.add("validation " + s.validation() + " for election " + s.election());
        }
        return parts.isEmpty() ? "all" : String.join(", ", parts);
    }
}
