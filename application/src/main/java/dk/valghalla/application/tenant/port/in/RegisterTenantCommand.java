package dk.valghalla.application.tenant.port.in;

import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.TenantId;

import java.util.Map;
import java.util.Set;

public record RegisterTenantCommand(TenantId id, String name, MunicipalityCode municipalityCode, Cvr cvr,
                                    Set<HostName> hosts, Map<String, String> settings) {
}
