package dk.valghalla.application.electiontype.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.electiontype.port.in.CreateElectionTypeCommand;
import dk.valghalla.application.electiontype.port.in.CreateElectionTypeUseCase;
import dk.valghalla.application.electiontype.port.in.DeleteElectionTypeCommand;
import dk.valghalla.application.electiontype.port.in.DeleteElectionTypeUseCase;
import dk.valghalla.application.electiontype.port.in.ListElectionTypesUseCase;
import dk.valghalla.application.electiontype.port.in.PreviewElectionTypeDeletionUseCase;
import dk.valghalla.application.electiontype.port.in.ReviseElectionTypeCommand;
import dk.valghalla.application.electiontype.port.in.ReviseElectionTypeUseCase;
import dk.valghalla.application.electiontype.port.in.ShowElectionTypeUseCase;
import dk.valghalla.application.electiontype.port.out.ElectionTypeRepository;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.electiontype.ElectionTypeNotFoundException;
import dk.valghalla.domain.electiontype.ElectionTypeTitleAlreadyUsedException;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.Consequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.stream.Collectors;

/** The election-type (<i>valgtype</i>) use cases; every change is audited in the same transaction. */
@ApplicationScoped
public class ElectionTypeService implements ListElectionTypesUseCase, ShowElectionTypeUseCase, CreateElectionTypeUseCase,
        ReviseElectionTypeUseCase, PreviewElectionTypeDeletionUseCase, DeleteElectionTypeUseCase {
    static final String OBJECT_TYPE = "ELECTION_TYPE";

    private final ElectionTypeRepository types;
    private final AuditTrail auditTrail;

    public ElectionTypeService(ElectionTypeRepository types, AuditTrail auditTrail) {
        this.types = types;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional
    public Page<ElectionType> listElectionTypes(SearchQuery query) {
        return types.search(query.text(), query.page());
    }

    @Override
    @Transactional
    public ElectionType showElectionType(ElectionTypeId id) {
        return types.findById(id).orElseThrow(() -> new ElectionTypeNotFoundException(id));
    }

    @Override
    @Transactional
    public ElectionType createElectionType(CreateElectionTypeCommand command) {
        ElectionType type = ElectionType.create(command.title(), command.rules());
        if (types.titleTaken(type.title(), null)) {
            throw new ElectionTypeTitleAlreadyUsedException(type.title());
        }
        types.add(type);
        auditTrail.record(AuditAction.ELECTION_TYPE_CREATED, OBJECT_TYPE, type.id(), describe(type));
        return type;
    }

    @Override
    @Transactional
    public ElectionType reviseElectionType(ReviseElectionTypeCommand command) {
        ElectionType type = showElectionType(command.id());
        if (type.version() != command.expectedVersion()) {
            throw new ConcurrentModificationException("election_type", type.id());
        }
        type.revise(command.title(), command.rules());
        if (types.titleTaken(type.title(), type.id())) {
            throw new ElectionTypeTitleAlreadyUsedException(type.title());
        }
        types.update(type);
        auditTrail.record(AuditAction.ELECTION_TYPE_UPDATED, OBJECT_TYPE, type.id(), describe(type));
        return showElectionType(type.id());
    }

    @Override
    @Transactional
    public Consequences previewElectionTypeDeletion(ElectionTypeId id) {
        return showElectionType(id).consequencesOfDeletion(types.countElectionsUsing(id));
    }

    @Override
    @Transactional
    public void deleteElectionType(DeleteElectionTypeCommand command) {
        ElectionType type = showElectionType(command.id());
        long elections = types.lockAndCountElectionsUsing(type.id());
        type.ensureDeletable(elections);
        if (!command.confirmed()) {
            throw new ConfirmationRequiredException(type.consequencesOfDeletion(elections));
        }
        types.remove(type.id());
        auditTrail.record(AuditAction.ELECTION_TYPE_DELETED, OBJECT_TYPE, type.id(), type.title());
    }

    /** "Folketingsvalg [AGE_18_ON_TASK_DATE, DANISH_CITIZENSHIP]" for the audit log. */
    private static String describe(ElectionType type) {
        return type.title() + " [" + type.rules().stream().map(EligibilityRule::name).collect(Collectors.joining(", ")) + "]";
    }
}
