package dk.valghalla.application.election.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.election.port.out.EndedElections;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.election.EndedElection;
import dk.valghalla.domain.shared.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/** One municipality's part of the deactivation, in one transaction (changes and audit entries together). */
@ApplicationScoped
public class TenantElectionDeactivator {
    private final EndedElections elections;
    private final AuditTrail auditTrail;

    public TenantElectionDeactivator(EndedElections elections, AuditTrail auditTrail) {
        this.elections = elections;
        this.auditTrail = auditTrail;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deactivateEndedBefore(LocalDate today) {
        List<EndedElection> ended = elections.lockActiveEndedBefore(today);
        for (EndedElection election : ended) {
            elections.deactivate(election.id());
            auditTrail.recordAs(Actor.SYSTEM, AuditAction.ELECTION_DEACTIVATED, "ELECTION", election.id(),
                    election.title() + " (" + election.electionDate() + "): period ended " + election.periodEnd());
        }
        return ended.size();
    }
}
