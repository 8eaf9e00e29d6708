package dk.valghalla.bootstrap.persistence;

import dk.valghalla.application.area.port.in.CreateAreaCommand;
import dk.valghalla.application.area.port.in.CreateAreaUseCase;
import dk.valghalla.application.area.port.in.ListAreasUseCase;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work outside HTTP requests (start-up seeding, jobs) may serve several municipalities one after the other in the
 * same request context; each step must see its own municipality's schema only.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class TenantWorkIsolationTest {
    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    TenantWork tenantWork;
    @Inject
    ListAreasUseCase listAreas;
    @Inject
    CreateAreaUseCase createArea;

    @Test
    @ActivateRequestContext
    void consecutiveTenantsInOneContextSeeOnlyTheirOwnData() {
        Tenant a = TestTenants.register(registerTenant, "work-a");
        Tenant b = TestTenants.register(registerTenant, "work-b");

        tenantWork.runAs(a, () -> createArea.createArea(new CreateAreaCommand("Kun i A", null)));
        assertThat(tenantWork.callAs(a, listAreas::listAreas)).extracting(Area::name).containsExactly("Kun i A");
        assertThat(tenantWork.callAs(b, listAreas::listAreas)).isEmpty();

        tenantWork.runAs(b, () -> createArea.createArea(new CreateAreaCommand("Kun i B", null)));
        assertThat(tenantWork.callAs(b, listAreas::listAreas)).extracting(Area::name).containsExactly("Kun i B");
        assertThat(tenantWork.callAs(a, listAreas::listAreas)).extracting(Area::name).containsExactly("Kun i A");
    }
}
