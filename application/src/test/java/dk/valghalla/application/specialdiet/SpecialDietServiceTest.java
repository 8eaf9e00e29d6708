package dk.valghalla.application.specialdiet;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemorySpecialDietRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.application.specialdiet.port.in.CreateSpecialDietCommand;
import dk.valghalla.application.specialdiet.port.in.DeleteSpecialDietCommand;
import dk.valghalla.application.specialdiet.port.in.RenameSpecialDietCommand;
import dk.valghalla.application.specialdiet.service.SpecialDietService;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.specialdiet.SpecialDietNotFoundException;
import dk.valghalla.domain.specialdiet.SpecialDietTitleAlreadyUsedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecialDietServiceTest {
    private final InMemorySpecialDietRepository diets = new InMemorySpecialDietRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final SpecialDietService service = new SpecialDietService(diets,
            new AuditTrail(auditLog, FixedCurrentActor.admin(), new MutableClock(Instant.EPOCH)));

    private static SearchQuery all() {
        return new SearchQuery(null, new PageRequest(0, 50));
    }

    @Test
    void createdDietsAreListedInDanishOrderAndAudited() {
        for (String title : new String[]{"Økologisk", "Vegetar", "Ålefri", "Glutenfri"}) {
            service.createSpecialDiet(new CreateSpecialDietCommand(title));
        }
        assertThat(service.listSpecialDiets(all()).items()).extracting(SpecialDiet::title)
                .containsExactly("Glutenfri", "Vegetar", "Økologisk", "Ålefri");
        assertThat(auditLog.entries()).extracting(AuditEntry::action).containsOnly(AuditAction.SPECIAL_DIET_CREATED);
    }

    @Test
    void theListIsSearchedAndPaged() {
        for (String title : new String[]{"Laktosefri", "Glutenfri", "Nøddefri", "Vegetar"}) {
            service.createSpecialDiet(new CreateSpecialDietCommand(title));
        }
        var page = service.listSpecialDiets(new SearchQuery(" FRI ", new PageRequest(1, 2)));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(SpecialDiet::title).containsExactly("Nøddefri");
    }

    @Test
    void aTitleCanBeUsedOnce() {
        service.createSpecialDiet(new CreateSpecialDietCommand("Vegetar"));
        assertThatThrownBy(() -> service.createSpecialDiet(new CreateSpecialDietCommand("vegetar")))
                .isInstanceOf(SpecialDietTitleAlreadyUsedException.class);
    }

    @Test
    void renamingChecksVersionAndUniquenessAndIsAudited() {
        SpecialDiet diet = service.createSpecialDiet(new CreateSpecialDietCommand("Vegetar"));
        service.createSpecialDiet(new CreateSpecialDietCommand("Halal"));
        assertThatThrownBy(() -> service.renameSpecialDiet(new RenameSpecialDietCommand(diet.id(), "HALAL", 0)))
                .isInstanceOf(SpecialDietTitleAlreadyUsedException.class);
        SpecialDiet renamed = service.renameSpecialDiet(new RenameSpecialDietCommand(diet.id(), "Vegansk", 0));
        assertThat(renamed.version()).isEqualTo(1);
        assertThatThrownBy(() -> service.renameSpecialDiet(new RenameSpecialDietCommand(diet.id(), "X", 0)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(auditLog.entries()).last().extracting(AuditEntry::summary).isEqualTo("Vegetar → Vegansk");
    }

    @Test
    void deletionNeedsConfirmation() {
        SpecialDiet diet = service.createSpecialDiet(new CreateSpecialDietCommand("Vegetar"));
        assertThat(service.previewSpecialDietDeletion(diet.id()).allowed()).isTrue();
        assertThatThrownBy(() -> service.deleteSpecialDiet(new DeleteSpecialDietCommand(diet.id(), false)))
                .isInstanceOf(ConfirmationRequiredException.class);
        assertThat(service.listSpecialDiets(all()).total()).isEqualTo(1);
        service.deleteSpecialDiet(new DeleteSpecialDietCommand(diet.id(), true));
        assertThat(service.listSpecialDiets(all()).total()).isZero();
        assertThat(auditLog.entries()).last().extracting(AuditEntry::action).isEqualTo(AuditAction.SPECIAL_DIET_DELETED);
    }

    @Test
    void unknownDietsAreNotFound() {
        assertThatThrownBy(() -> service.showSpecialDiet(SpecialDietId.newId()))
                .isInstanceOf(SpecialDietNotFoundException.class);
        assertThatThrownBy(() -> service.deleteSpecialDiet(new DeleteSpecialDietCommand(SpecialDietId.newId(), true)))
                .isInstanceOf(SpecialDietNotFoundException.class);
    }
}
