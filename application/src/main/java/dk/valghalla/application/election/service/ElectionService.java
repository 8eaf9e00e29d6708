package dk.valghalla.application.election.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.election.port.in.CreateElectionUseCase;
import dk.valghalla.application.election.port.in.DeleteElectionCommand;
import dk.valghalla.application.election.port.in.DeleteElectionUseCase;
import dk.valghalla.application.election.port.in.DuplicateElectionCommand;
import dk.valghalla.application.election.port.in.DuplicateElectionUseCase;
import dk.valghalla.application.election.port.in.ElectionFields;
import dk.valghalla.application.election.port.in.ListElectionsQuery;
import dk.valghalla.application.election.port.in.ListElectionsUseCase;
import dk.valghalla.application.election.port.in.PreviewElectionDeletionUseCase;
import dk.valghalla.application.election.port.in.ReviseElectionCommand;
import dk.valghalla.application.election.port.in.ReviseElectionUseCase;
import dk.valghalla.application.election.port.in.ShowElectionUseCase;
import dk.valghalla.application.election.port.in.SwitchElectionUseCase;
import dk.valghalla.application.election.port.out.ElectionRepository;
import dk.valghalla.application.electiontype.port.out.ElectionTypeRepository;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.worklocation.port.out.WorkLocationRepository;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.election.ElectionNotFoundException;
import dk.valghalla.domain.election.ElectionPeriod;
import dk.valghalla.domain.election.ElectionTitleAlreadyUsedException;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.worklocation.UnknownReferenceException;
import dk.valghalla.domain.worklocation.WorkLocationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The election (<i>valg</i>) use cases; every change is audited in the same transaction. */
@ApplicationScoped
public class ElectionService implements ListElectionsUseCase, ShowElectionUseCase, CreateElectionUseCase,
        ReviseElectionUseCase, SwitchElectionUseCase, DuplicateElectionUseCase, PreviewElectionDeletionUseCase,
        DeleteElectionUseCase {
    static final String OBJECT_TYPE = "ELECTION";

    private final ElectionRepository elections;
    private final ElectionTypeRepository types;
    private final WorkLocationRepository locations;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ElectionService(ElectionRepository elections, ElectionTypeRepository types, WorkLocationRepository locations,
                           AuditTrail auditTrail, Clock clock) {
        this.elections = elections;
        this.types = types;
        this.locations = locations;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Page<Election> listElections(ListElectionsQuery query) {
        return elections.search(query.text(), query.active(), query.page());
    }

    @Override
    @Transactional
    public Election showElection(ElectionId id) {
        return elections.findById(id).orElseThrow(() -> new ElectionNotFoundException(id));
    }

    @Override
    @Transactional
    public Election createElection(ElectionFields f) {
        Election election = Election.create(f.title(), f.type(), f.lockPeriodDays(),
                new ElectionPeriod(f.periodStart(), f.periodEnd(), f.electionDate()), f.workLocations());
        return add(election, AuditAction.ELECTION_CREATED, "");
    }

    @Override
    @Transactional
    public Election reviseElection(ReviseElectionCommand command) {
        Election election = locked(command.id());
        if (election.version() != command.expectedVersion()) {
            throw new ConcurrentModificationException("election", election.id());
        }
        ElectionFields f = command.fields();
        election.revise(f.title(), f.type(), f.lockPeriodDays(),
                new ElectionPeriod(f.periodStart(), f.periodEnd(), f.electionDate()), f.workLocations());
        ElectionType type = ensureReferencesExist(election);
        if (elections.titleTaken(election.title(), election.electionDate(), election.id())) {
            throw new ElectionTitleAlreadyUsedException(election.title(), election.electionDate());
        }
        elections.update(election);
        auditTrail.record(AuditAction.ELECTION_UPDATED, OBJECT_TYPE, election.id(), describe(election, type));
        return showElection(election.id());
    }

    @Override
    @Transactional
    public Election activateElection(ElectionId id) {
        Election election = locked(id);
        if (election.activate(today())) {
            elections.update(election);
            auditTrail.record(AuditAction.ELECTION_ACTIVATED, OBJECT_TYPE, election.id(), election.title());
        }
        return showElection(id);
    }

    @Override
    @Transactional
    public Election deactivateElection(ElectionId id) {
        Election election = locked(id);
        if (election.deactivate()) {
            elections.update(election);
            auditTrail.record(AuditAction.ELECTION_DEACTIVATED, OBJECT_TYPE, election.id(),
                    election.title() + " (by hand)");
        }
        return showElection(id);
    }

    @Override
    @Transactional
    public Election duplicateElection(DuplicateElectionCommand c) {
        Election source = showElection(c.source());
        Election copy = source.duplicate(c.title(), c.type(), c.lockPeriodDays(),
                ElectionPeriod.around(c.electionDate(), c.daysBefore(), c.daysAfter()), c.workLocations());
        return add(copy, AuditAction.ELECTION_DUPLICATED,
                " copied from " + source.title() + " " + source.electionDate());
    }

    @Override
    @Transactional
    public Consequences previewElectionDeletion(ElectionId id) {
        return showElection(id).consequencesOfDeletion();
    }

    @Override
    @Transactional
    public void deleteElection(DeleteElectionCommand command) {
        Election election = locked(command.id());
        election.ensureDeletable();
        if (!command.confirmed()) {
            throw new ConfirmationRequiredException(election.consequencesOfDeletion());
        }
        elections.remove(election);
        auditTrail.record(AuditAction.ELECTION_DELETED, OBJECT_TYPE, election.id(),
                election.title() + " " + election.electionDate());
    }

    private Election add(Election election, AuditAction action, String note) {
        ElectionType type = ensureReferencesExist(election);
        if (elections.titleTaken(election.title(), election.electionDate(), null)) {
            throw new ElectionTitleAlreadyUsedException(election.title(), election.electionDate());
        }
        elections.add(election);
        auditTrail.record(action, OBJECT_TYPE, election.id(), describe(election, type) + note);
        return election;
    }

    private Election locked(ElectionId id) {
        return elections.lockById(id).orElseThrow(() -> new ElectionNotFoundException(id));
    }

    private ElectionType ensureReferencesExist(Election election) {
        ElectionType type = types.findById(election.type())
                .orElseThrow(() -> UnknownReferenceException.electionType(election.type()));
        Set<WorkLocationId> missing = new HashSet<>(election.workLocations());
        missing.removeAll(locations.existing(election.workLocations()));
        if (!missing.isEmpty()) {
            throw UnknownReferenceException.workLocations(missing);
        }
        return type;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ElectionDeactivationService.DANISH_TIME);
    }

    /** "Folketingsvalg 2027 (Folketingsvalg, 2027-03-02, 3 work location(s))" for the audit log. */
    private static String describe(Election election, ElectionType type) {
        return election.title() + " (" + type.title() + ", " + election.electionDate() + ", "
                + election.workLocations().size() + " work location(s))";
    }
}
