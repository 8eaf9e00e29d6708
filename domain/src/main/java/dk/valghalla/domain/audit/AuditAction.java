package dk.valghalla.domain.audit;

/** What was done. New state-changing use cases add their actions here. */
public enum AuditAction {
    TENANT_REGISTERED,
    AREA_CREATED,
    AREA_UPDATED,
    AREA_DELETED
}
