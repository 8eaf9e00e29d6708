package dk.valghalla.adapter.cpr.health;

import dk.valghalla.adapter.cpr.CprAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness entry {@code cpr-register}: always UP, with the register's real state in the data ({@code cpr: UP|DOWN},
 * circuit, last look-up). An instance without CPR can still serve everything else, and taking all instances out of
 * the load balancer because Serviceplatformen is down would turn a partial outage into a total one. Monitoring
 * alerts on {@code data.cpr} or on the {@code integrations} group ({@link CprIntegrationHealthCheck}).
 */
@Readiness
@ApplicationScoped
public class CprReadinessCheck implements HealthCheck {
    private final CprAvailability availability;

    public CprReadinessCheck(CprAvailability availability) {
        this.availability = availability;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("cpr-register").up();
        availability.details().forEach((k, v) -> b.withData(k, String.valueOf(v)));
        return b.build();
    }
}
