package dk.valghalla.application.specialdiet.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.application.specialdiet.port.in.CreateSpecialDietCommand;
import dk.valghalla.application.specialdiet.port.in.CreateSpecialDietUseCase;
import dk.valghalla.application.specialdiet.port.in.DeleteSpecialDietCommand;
import dk.valghalla.application.specialdiet.port.in.DeleteSpecialDietUseCase;
import dk.valghalla.application.specialdiet.port.in.ListSpecialDietsUseCase;
import dk.valghalla.application.specialdiet.port.in.PreviewSpecialDietDeletionUseCase;
import dk.valghalla.application.specialdiet.port.in.RenameSpecialDietCommand;
import dk.valghalla.application.specialdiet.port.in.RenameSpecialDietUseCase;
import dk.valghalla.application.specialdiet.port.in.ShowSpecialDietUseCase;
import dk.valghalla.application.specialdiet.port.out.SpecialDietRepository;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.specialdiet.SpecialDietNotFoundException;
import dk.valghalla.domain.specialdiet.SpecialDietTitleAlreadyUsedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The special-diet (<i>specialkost</i>) use cases; every change is audited in the same transaction. */
@ApplicationScoped
public class SpecialDietService implements ListSpecialDietsUseCase, ShowSpecialDietUseCase, CreateSpecialDietUseCase,
        RenameSpecialDietUseCase, PreviewSpecialDietDeletionUseCase, DeleteSpecialDietUseCase {
    static final String OBJECT_TYPE = "SPECIAL_DIET";

    private final SpecialDietRepository diets;
    private final AuditTrail auditTrail;

    public SpecialDietService(SpecialDietRepository diets, AuditTrail auditTrail) {
        this.diets = diets;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional
    public Page<SpecialDiet> listSpecialDiets(SearchQuery query) {
        return diets.search(query.text(), query.page());
    }

    @Override
    @Transactional
    public SpecialDiet showSpecialDiet(SpecialDietId id) {
        return diets.findById(id).orElseThrow(() -> new SpecialDietNotFoundException(id));
    }

    @Override
    @Transactional
    public SpecialDiet createSpecialDiet(CreateSpecialDietCommand command) {
        SpecialDiet diet = SpecialDiet.create(command.title());
        if (diets.titleTaken(diet.title(), null)) {
            throw new SpecialDietTitleAlreadyUsedException(diet.title());
        }
        diets.add(diet);
        auditTrail.record(AuditAction.SPECIAL_DIET_CREATED, OBJECT_TYPE, diet.id(), diet.title());
        return diet;
    }

    @Override
    @Transactional
    public SpecialDiet renameSpecialDiet(RenameSpecialDietCommand command) {
        SpecialDiet diet = showSpecialDiet(command.id());
        if (diet.version() != command.expectedVersion()) {
            throw new ConcurrentModificationException("special_diet", diet.id());
        }
        String before = diet.title();
        diet.rename(command.title());
        if (diets.titleTaken(diet.title(), diet.id())) {
            throw new SpecialDietTitleAlreadyUsedException(diet.title());
        }
        diets.update(diet);
        auditTrail.record(AuditAction.SPECIAL_DIET_RENAMED, OBJECT_TYPE, diet.id(), before + " → " + diet.title());
        return showSpecialDiet(diet.id());
    }

    @Override
    @Transactional
    public Consequences previewSpecialDietDeletion(SpecialDietId id) {
        return showSpecialDiet(id).consequencesOfDeletion();
    }

    @Override
    @Transactional
    public void deleteSpecialDiet(DeleteSpecialDietCommand command) {
        SpecialDiet diet = showSpecialDiet(command.id());
        if (!command.confirmed()) {
            throw new ConfirmationRequiredException(diet.consequencesOfDeletion());
        }
        diets.remove(diet.id());
        auditTrail.record(AuditAction.SPECIAL_DIET_DELETED, OBJECT_TYPE, diet.id(), diet.title());
    }
}
