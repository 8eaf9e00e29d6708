package dk.valghalla.domain.audit;

/** What was done. New state-changing use cases add their actions here. */
public enum AuditAction {
    TENANT_REGISTERED,
    AREA_CREATED,
    AREA_UPDATED,
    AREA_DELETED,
    SPECIAL_DIET_CREATED,
    SPECIAL_DIET_RENAMED,
    SPECIAL_DIET_DELETED,
    ELECTION_TYPE_CREATED,
    ELECTION_TYPE_UPDATED,
    ELECTION_TYPE_DELETED,
    ELECTION_DEACTIVATED
}
