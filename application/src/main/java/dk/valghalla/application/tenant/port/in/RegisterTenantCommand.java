package dk.valghalla.application.tenant.port.in;

import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.TenantId;

import java.util.Map;
import java.util.Set;

/** @param registeredBy the operator (or the system, for demo data): no municipality's admin can register tenants */
public record RegisterTenantCommand(TenantId id, String name, MunicipalityCode municipalityCode, Cvr cvr,
                                    Set<HostName> hosts, Map<String, String> settings, Actor registeredBy) {
}
