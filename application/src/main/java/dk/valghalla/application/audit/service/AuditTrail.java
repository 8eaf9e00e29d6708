package dk.valghalla.application.audit.service;

import dk.valghalla.application.audit.port.out.AuditLog;
import dk.valghalla.application.identity.port.out.CurrentActor;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.shared.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Writes what a use case did to the audit log, stamped with the current actor and time. It joins the use case's
 * transaction, so the change and its audit entry are committed together or not at all (a use case without a
 * transaction of its own, such as tenant registration, gets one for the entry alone).
 */
@ApplicationScoped
public class AuditTrail {
    private final AuditLog auditLog;
    private final CurrentActor currentActor;
    private final Clock clock;

    public AuditTrail(AuditLog auditLog, CurrentActor currentActor, Clock clock) {
        this.auditLog = auditLog;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditAction action, String objectType, Object objectId, String summary) {
        recordAs(currentActor.actor(), action, objectType, objectId, summary);
    }

    /** For actions whose actor is not the signed-in user: the operator, the system. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordAs(Actor actor, AuditAction action, String objectType, Object objectId, String summary) {
        auditLog.append(AuditEntry.of(clock.instant(), actor, action, objectType, objectId, summary));
    }
}
