package dk.valghalla.application.fakes;

import dk.valghalla.application.election.port.out.EndedElections;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.election.EndedElection;
import dk.valghalla.domain.tenant.TenantId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Elections per tenant, as the current TenantContext selects them. */
public class InMemoryEndedElections implements EndedElections {
    public record StoredElection(ElectionId id, String title, LocalDate electionDate, LocalDate periodEnd, boolean active) {
    }

    private final TenantContext tenantContext;
    private final Map<TenantId, List<StoredElection>> byTenant = new HashMap<>();
    private final Set<TenantId> failing = new HashSet<>();

    public InMemoryEndedElections(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    public void add(TenantId tenant, StoredElection election) {
        byTenant.computeIfAbsent(tenant, t -> new ArrayList<>()).add(election);
    }

    public void failFor(TenantId tenant) {
        failing.add(tenant);
    }

    public List<StoredElection> of(TenantId tenant) {
        return List.copyOf(byTenant.getOrDefault(tenant, List.of()));
    }

    private List<StoredElection> current() {
        TenantId tenant = tenantContext.tenant().id();
        if (failing.contains(tenant)) {
            throw new IllegalStateException("database down for " + tenant);
        }
        return byTenant.computeIfAbsent(tenant, t -> new ArrayList<>());
    }

    @Override
    public List<EndedElection> lockActiveEndedBefore(LocalDate today) {
        return current().stream().filter(e -> e.active() && EndedElection.isOver(e.periodEnd(), today))
                .map(e -> new EndedElection(e.id(), e.title(), e.electionDate(), e.periodEnd())).toList();
    }

    @Override
    public void deactivate(ElectionId id) {
        List<StoredElection> list = current();
        list.replaceAll(e -> e.id().equals(id) ? new StoredElection(e.id(), e.title(), e.electionDate(), e.periodEnd(), false) : e);
    }
}
