package dk.valghalla.adapter.rest.operator.tenant;

import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.Tenant;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

public record TenantResponse(String id, String name, String municipalityCode, String cvr, Set<String> hosts,
                             Map<String, String> settings) {
    static TenantResponse from(Tenant t) {
        return new TenantResponse(t.id().value(), t.name(), t.municipalityCode().value(), t.cvr().value(),
                t.hosts().stream().map(HostName::value).collect(Collectors.toCollection(TreeSet::new)), t.settings());
    }
}
