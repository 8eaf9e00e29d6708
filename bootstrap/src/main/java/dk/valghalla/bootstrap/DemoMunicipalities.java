package dk.valghalla.bootstrap;

import dk.valghalla.application.area.port.in.CreateAreaCommand;
import dk.valghalla.application.area.port.in.CreateAreaUseCase;
import dk.valghalla.application.area.port.in.ListAreasUseCase;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.ListTenantsUseCase;
import dk.valghalla.application.tenant.port.in.RegisterTenantCommand;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local run's demo data ({@code valghalla.demo.seed=true}): "Demo Kommune" at http://localhost:8080 and
 * "Nabo Kommune" at http://nabo.localhost:8080, each with a few areas and its participant site's content (front
 * page, FAQ for Demo Kommune only, disclosure statement, declaration of consent, contact information, logo).
 * Idempotent; never on in production.
 */
@ApplicationScoped
public class DemoMunicipalities {
    private static final Logger LOG = Logger.getLogger(DemoMunicipalities.class);

    record Demo(String id, String name, String code, String cvr, Set<String> hosts, List<String> areas,
                WebSite site) {
    }

    /** The participant site's demo content: where the election office is, its e-mail, the logo's colour, a FAQ. */
    record WebSite(String postalCode, String city, String email, String colour, boolean faq) {
    }

    static final List<Demo> DEMOS = List.of(
            new Demo("demo", "Demo Kommune", "0999", "29189846", Set.of("localhost", "demo.localhost"),
                    List.of("Centrum", "Nord", "Syd", "Østbyen", "Ådalen"),
                    new WebSite("9999", "Demoby", "valg@demo-kommune.example", "#004b87", true)),
            new Demo("nabo", "Nabo Kommune", "0998", "29189854", Set.of("nabo.localhost"),
                    List.of("Havnen", "Landdistriktet"),
                    new WebSite("9998", "Naboby", "valg@nabo-kommune.example", "#8a1538", false)));

    void seed(@Observes @Priority(TenantStartup.PRIORITY + 10) StartupEvent event,
              @ConfigProperty(name = "valghalla.demo.seed", defaultValue = "false") boolean enabled,
              ListTenantsUseCase listTenants, RegisterTenantUseCase registerTenant, TenantWork tenantWork,
              ListAreasUseCase listAreas, CreateAreaUseCase createArea, DemoWebContent webContent) {
        if (!enabled) {
            return;
        }
        for (Demo demo : DEMOS) {
            Tenant tenant = listTenants.listTenants().stream().filter(t -> t.id().value().equals(demo.id())).findFirst()
                    .orElseGet(() -> registerTenant.registerTenant(new RegisterTenantCommand(new TenantId(demo.id()),
                            demo.name(), new MunicipalityCode(demo.code()), new Cvr(demo.cvr()),
                            demo.hosts().stream().map(HostName::new).collect(java.util.stream.Collectors.toSet()),
                            Map.of(), Actor.SYSTEM)));
            tenantWork.runAs(tenant, () -> {
                if (listAreas.listAreas().isEmpty()) {
                    demo.areas().forEach(a -> createArea.createArea(new CreateAreaCommand(a, null)));
                }
                webContent.seed(demo.name(), demo.site());
            });
            LOG.infof("Demo municipality %s (CVR %s) at %s", demo.name(), demo.cvr(), demo.hosts());
        }
    }
}
