package dk.valghalla.application.tenant.port.in;

import dk.valghalla.domain.tenant.Tenant;

import java.util.List;

public interface ListTenantsUseCase {
    List<Tenant> listTenants();
}
