package dk.valghalla.adapter.persistence.participant;

import dk.valghalla.application.participant.port.out.CprRefreshRecords;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.participant.CprRefreshRun;
import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.SealedCpr;
import dk.valghalla.domain.participant.ValidationOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The CPR refresh records in SQL on {@code cpr_refresh_run}, {@code participant_validation} (and reading elections). */
@ApplicationScoped
public class JpaCprRefreshRecords implements CprRefreshRecords {
    private static final String RUN_COLUMNS = "id, started_at, last_participant_id, participants, eligible, ineligible,"
            + " not_in_cpr, changed, finished_at";
    private static final String VALIDATION_COLUMNS = "participant_id, election_id, eligibility_day, checked_at, outcome,"
            + " failed_rules";

    private final EntityManager em;

    public JpaCprRefreshRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ActiveElection> activeElections() {
        List<Object[]> rows = em.createNativeQuery("select e.id, e.title, e.election_date, r.rule from election e"
                + " left join election_type_rule r on r.election_type_id = e.election_type_id"
                + " where e.active order by e.election_date, e.id").getResultList();
        Map<UUID, Object[]> elections = new LinkedHashMap<>();
        Map<UUID, Set<EligibilityRule>> rules = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            elections.putIfAbsent(id, r);
            Set<EligibilityRule> set = rules.computeIfAbsent(id, k -> EnumSet.noneOf(EligibilityRule.class));
            if (r[3] != null) {
                set.add(EligibilityRule.valueOf((String) r[3]));
            }
        }
        return elections.values().stream().map(r -> new ActiveElection(new ElectionId((UUID) r[0]), (String) r[1],
                toDate(r[2]), rules.get((UUID) r[0]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<CprRefreshRun> openRun() {
        List<Object[]> rows = em.createNativeQuery("select " + RUN_COLUMNS
                + " from cpr_refresh_run where finished_at is null for update").getResultList();
        return rows.stream().findFirst().map(JpaCprRefreshRecords::toRun);
    }

    @Override
    public void addRun(CprRefreshRun run) {
        bindRun(em.createNativeQuery("insert into cpr_refresh_run (" + RUN_COLUMNS
                + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"), run).executeUpdate();
    }

    @Override
    public void updateRun(CprRefreshRun run) {
        int n = bindRun(em.createNativeQuery("update cpr_refresh_run set started_at = ?2, last_participant_id = ?3,"
                + " participants = ?4, eligible = ?5, ineligible = ?6, not_in_cpr = ?7, changed = ?8,"
                + " finished_at = ?9 where id = ?1"), run).executeUpdate();
        if (n != 1) {
            throw new IllegalStateException("No CPR refresh run " + run.id());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Candidate> participantsAfter(Optional<ParticipantId> after, int limit) {
        Query q = after.isPresent()
                ? em.createNativeQuery("select id, cpr_masked, cpr_sealed, cpr_lookup_key from participant"
                + " where id > ?1 order by id limit ?2").setParameter(1, after.get().value()).setParameter(2, limit)
                : em.createNativeQuery("select id, cpr_masked, cpr_sealed, cpr_lookup_key from participant"
                + " order by id limit ?1").setParameter(1, limit);
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Candidate(new ParticipantId((UUID) r[0]),
                new SealedCpr((String) r[1], (String) r[2], (String) r[3]))).toList();
    }

    @Override
    public void record(ParticipantValidation v) {
        em.createNativeQuery("insert into participant_validation (participant_id, election_id, eligibility_day,"
                        + " checked_at, outcome, failed_rules) values (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " on conflict (participant_id, election_id) do update set eligibility_day = excluded.eligibility_day,"
                        + " checked_at = excluded.checked_at, outcome = excluded.outcome, failed_rules = excluded.failed_rules")
                .setParameter(1, v.participant().value())
                .setParameter(2, v.election().value())
                .setParameter(3, v.eligibilityDay())
                .setParameter(4, v.checkedAt())
                .setParameter(5, v.outcome().name())
                .unwrap(NativeQuery.class)
                .setParameter(6, v.failures().isEmpty() ? null
                        : v.failures().stream().map(Enum::name).collect(Collectors.joining(",")), String.class)
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ParticipantValidation> failing(ElectionId election) {
        List<Object[]> rows = em.createNativeQuery("select " + VALIDATION_COLUMNS
                + " from participant_validation where election_id = ?1 and outcome <> 'ELIGIBLE'"
                + " order by participant_id").setParameter(1, election.value()).getResultList();
        return rows.stream().map(JpaCprRefreshRecords::toValidation).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<ParticipantId, ParticipantValidation> latest(ElectionId election, Collection<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("select " + VALIDATION_COLUMNS
                        + " from participant_validation where election_id = ?1 and participant_id in (?2)")
                .setParameter(1, election.value())
                .setParameter(2, participants.stream().map(ParticipantId::value).toList()).getResultList();
        return rows.stream().map(JpaCprRefreshRecords::toValidation)
                .collect(Collectors.toMap(ParticipantValidation::participant, v -> v));
    }

    private static ParticipantValidation toValidation(Object[] r) {
        return new ParticipantValidation(new ParticipantId((UUID) r[0]), new ElectionId((UUID) r[1]), toDate(r[2]),
                toInstant(r[3]), ValidationOutcome.valueOf((String) r[4]),
                r[5] == null ? List.of() : Arrays.stream(((String) r[5]).split(",")).map(Ineligibility::valueOf)
                        .toList());
    }

    /** Nulls bound with their type, so PostgreSQL is not told "bytea". */
    @SuppressWarnings("unchecked")
    private static Query bindRun(Query query, CprRefreshRun run) {
        NativeQuery<Object> q = query.unwrap(NativeQuery.class);
        q.setParameter(1, run.id());
        q.setParameter(2, run.startedAt());
        q.setParameter(3, run.lastDone().map(ParticipantId::value).orElse(null), UUID.class);
        q.setParameter(4, run.participants());
        q.setParameter(5, run.eligible());
        q.setParameter(6, run.ineligible());
        q.setParameter(7, run.notInCpr());
        q.setParameter(8, run.changed());
        q.setParameter(9, run.finishedAt().orElse(null), Instant.class);
        return q;
    }

    private static CprRefreshRun toRun(Object[] r) {
        return CprRefreshRun.reconstitute((UUID) r[0], toInstant(r[1]),
                r[2] == null ? null : new ParticipantId((UUID) r[2]), ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                ((Number) r[7]).intValue(), r[8] == null ? null : toInstant(r[8]));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
