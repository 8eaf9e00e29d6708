package dk.valghalla.application.tenant.port.in;

public interface PrepareTenantSchemasUseCase {
    /** At start-up: brings every registered tenant's schema to the newest version. */
    void prepareAllTenantSchemas();
}
