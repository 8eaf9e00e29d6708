package dk.valghalla.adapter.persistence.tenant;

import dk.valghalla.application.tenant.port.out.TenantSchemas;
import dk.valghalla.domain.tenant.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.flyway.runtime.QuarkusFlywayResourceProvider;
import io.quarkus.flyway.runtime.QuarkusPathLocationScanner;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Migrates the control schema ({@code db/control}) once at start-up and each tenant schema ({@code db/tenant}) on
 * demand. Both sets of scripts are indexed by the Quarkus Flyway extension at build time
 * ({@code quarkus.flyway.locations}); we hand each Flyway instance only the scripts of its own location, and each
 * schema keeps its own history table.
 */
@ApplicationScoped
public class FlywayTenantSchemas implements TenantSchemas {
    static final String CONTROL_SCHEMA = "control";
    private static final Logger LOG = Logger.getLogger(FlywayTenantSchemas.class);

    private final AgroalDataSource dataSource;

    public FlywayTenantSchemas(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs before anything reads the tenant register. */
    @Startup(100)
    void migrateControlSchema() {
        flyway(CONTROL_SCHEMA, "db/control").migrate();
    }

    @Override
    public void prepare(Tenant tenant) {
        String schema = tenant.id().schemaName();
        var result = flyway(schema, "db/tenant").migrate();
        LOG.infof("Tenant %s: schema %s at version %s (%d migrations applied)", tenant.id(), schema,
                result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion, result.migrationsExecuted);
    }

    private Flyway flyway(String schema, String location) {
        FluentConfiguration config = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(location)
                .cleanDisabled(true)
                .validateMigrationNaming(true);
        var scanner = new QuarkusPathLocationScanner(config, List.of(new Location(location)));
        return config.resourceProvider(new QuarkusFlywayResourceProvider(scanner.scanForResources())).load();
    }
}
