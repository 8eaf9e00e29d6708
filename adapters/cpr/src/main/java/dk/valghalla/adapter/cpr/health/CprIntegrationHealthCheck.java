package dk.valghalla.adapter.cpr.health;

import dk.valghalla.adapter.cpr.CprAvailability;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * {@code /q/health/group/integrations}: the CPR register's real state (DOWN while it is unavailable), for monitoring
 * and alerting. Not part of liveness or readiness, so it never restarts or unloads an instance.
 */
@HealthGroup(CprIntegrationHealthCheck.GROUP)
@ApplicationScoped
public class CprIntegrationHealthCheck implements HealthCheck {
    public static final String GROUP = "integrations";

    private final CprAvailability availability;

    public CprIntegrationHealthCheck(CprAvailability availability) {
        this.availability = availability;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("cpr-register")
                .status(availability.status() == CprAvailability.Status.UP);
        availability.details().forEach((k, v) -> b.withData(k, String.valueOf(v)));
        return b.build();
    }
}
