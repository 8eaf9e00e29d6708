package dk.valghalla.domain.tenant;

import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.shared.Texts;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A municipality using Valghalla. Its data lives in a schema of its own; requests reach it through its host names.
 *
 * @param settings free per-tenant settings (later: Digital Post sender, SMS alias, ...), never secrets
 */
public record Tenant(TenantId id, String name, MunicipalityCode municipalityCode, Cvr cvr, Set<HostName> hosts,
                     Map<String, String> settings) {
    public Tenant {
        Objects.requireNonNull(id, "id");
        name = Texts.required("name", name, 255);
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(cvr, "cvr");
        if (hosts == null || hosts.isEmpty()) {
            throw new InvalidValueException("hosts", "tenant.host_required", "A tenant needs at least one host name");
        }
        hosts = Set.copyOf(hosts);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public boolean isServedAt(HostName host) {
        return hosts.contains(host);
    }
}
