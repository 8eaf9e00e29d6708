package dk.valghalla.application.fakes;

import dk.valghalla.application.participant.port.out.CprRefreshRecords;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.CprRefreshRun;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.tenant.TenantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The CPR refresh records per tenant (as the current TenantContext selects them), over the participants of an
 * {@link InMemoryParticipantRepository}. Ids are ordered as PostgreSQL orders uuids (their text). Can play a crash:
 * the n-th {@link #updateRun} fails.
 */
public class InMemoryCprRefreshRecords implements CprRefreshRecords {
    private final TenantContext tenantContext;
    private final Supplier<List<Participant>> participants;
    private final Map<TenantId, List<ActiveElection>> elections = new HashMap<>();
    private final Map<TenantId, List<CprRefreshRun>> runs = new HashMap<>();
    private final Map<TenantId, Map<List<Object>, ParticipantValidation>> validations = new HashMap<>();
    private final Set<TenantId> failing = new HashSet<>();
    private int crashAtRunUpdate = -1;
    private int runUpdates;

    public InMemoryCprRefreshRecords(TenantContext tenantContext, Supplier<List<Participant>> participants) {
        this.tenantContext = tenantContext;
        this.participants = participants;
    }

    public void addElection(TenantId tenant, ActiveElection election) {
        elections.computeIfAbsent(tenant, t -> new ArrayList<>()).add(election);
    }

    public void failFor(TenantId tenant) {
        failing.add(tenant);
    }

    /** The n-th (1-based) progress update from now on fails, as if the process died in that transaction. */
    public void crashAtRunUpdate(int n) {
        crashAtRunUpdate = runUpdates + n;
    }

    public List<CprRefreshRun> runs(TenantId tenant) {
        return runs.getOrDefault(tenant, List.of()).stream().map(InMemoryCprRefreshRecords::copy).toList();
    }

    public List<ParticipantValidation> validations(TenantId tenant) {
        return List.copyOf(validations.getOrDefault(tenant, Map.of()).values());
    }

    private TenantId tenant() {
        TenantId tenant = tenantContext.tenant().id();
        if (failing.contains(tenant)) {
            throw new IllegalStateException("database down for " + tenant);
        }
        return tenant;
    }

    @Override
    public List<ActiveElection> activeElections() {
        return List.copyOf(elections.getOrDefault(tenant(), List.of()));
    }

    @Override
    public Optional<CprRefreshRun> openRun() {
        return runs.getOrDefault(tenant(), List.of()).stream().filter(r -> r.finishedAt().isEmpty()).findFirst()
                .map(InMemoryCprRefreshRecords::copy);
    }

    @Override
    public void addRun(CprRefreshRun run) {
        runs.computeIfAbsent(tenant(), t -> new ArrayList<>()).add(copy(run));
    }

    @Override
    public void updateRun(CprRefreshRun run) {
        runUpdates++;
        if (runUpdates == crashAtRunUpdate) {
            throw new IllegalStateException("crash while keeping the progress");
        }
        runs.get(tenant()).replaceAll(r -> r.id().equals(run.id()) ? copy(run) : r);
    }

    @Override
    public List<Candidate> participantsAfter(Optional<ParticipantId> after, int limit) {
        tenant();
        return participants.get().stream()
                .sorted(Comparator.comparing(p -> p.id().value().toString()))
                .filter(p -> after.map(a -> p.id().value().toString().compareTo(a.value().toString()) > 0).orElse(true))
                .limit(limit).map(p -> new Candidate(p.id(), p.cpr())).toList();
    }

    @Override
    public void record(ParticipantValidation v) {
        validations.computeIfAbsent(tenant(), t -> new LinkedHashMap<>()).put(List.of(v.participant(), v.election()), v);
    }

    @Override
    public List<ParticipantValidation> failing(ElectionId election) {
        return validations.getOrDefault(tenant(), Map.of()).values().stream()
                .filter(v -> v.election().equals(election) && v.failing()).toList();
    }

    @Override
    public Map<ParticipantId, ParticipantValidation> latest(ElectionId election, Collection<ParticipantId> participants) {
        return validations.getOrDefault(tenant(), Map.of()).values().stream()
                .filter(v -> v.election().equals(election) && participants.contains(v.participant()))
                .collect(Collectors.toMap(ParticipantValidation::participant, v -> v));
    }

    private static CprRefreshRun copy(CprRefreshRun r) {
        return CprRefreshRun.reconstitute(r.id(), r.startedAt(), r.lastDone().orElse(null), r.participants(),
                r.eligible(), r.ineligible(), r.notInCpr(), r.changed(), r.finishedAt().orElse(null));
    }
}
