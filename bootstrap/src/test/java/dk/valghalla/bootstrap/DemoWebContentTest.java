package dk.valghalla.bootstrap;

import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.application.webcontent.port.in.ShowSiteContextUseCase;
import dk.valghalla.application.webcontent.port.in.SiteContext;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run's demo content passes the same rules as an admin's (its logo is a safe SVG) and is written once. */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class DemoWebContentTest {
    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    TenantWork tenantWork;
    @Inject
    DemoWebContent demoWebContent;
    @Inject
    ShowSiteContextUseCase siteContext;

    @Test
    void theDemoSiteIsWrittenOnce() {
        Tenant tenant = TestTenants.register(registerTenant, "demosite");
        for (DemoMunicipalities.Demo demo : DemoMunicipalities.DEMOS) {
            tenantWork.runAs(tenant, () -> demoWebContent.seed(demo.name(), demo.site()));
        }
        SiteContext context = tenantWork.callAs(tenant, siteContext::showSiteContext);
        assertThat(context.faqActive()).isTrue();
        assertThat(context.consentDeclarationActive()).isFalse();
        assertThat(context.contactInformationWritten()).isTrue();
        assertThat(context.logoSha256()).hasSize(64);
    }
}
