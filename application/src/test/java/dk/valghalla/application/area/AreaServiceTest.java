package dk.valghalla.application.area;

import dk.valghalla.application.area.port.in.CreateAreaCommand;
import dk.valghalla.application.area.port.in.DeleteAreaCommand;
import dk.valghalla.application.area.port.in.DescribeAreaCommand;
import dk.valghalla.application.area.service.AreaService;
import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAreaRepository;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.area.AreaHasWorkLocationsException;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.area.AreaNameAlreadyUsedException;
import dk.valghalla.domain.area.AreaNotFoundException;
import dk.valghalla.domain.area.LastAreaCannotBeDeletedException;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AreaServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final InMemoryAreaRepository areas = new InMemoryAreaRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final AreaService service =
            new AreaService(areas, new AuditTrail(auditLog, FixedCurrentActor.admin(), new MutableClock(NOW)));

    @Test
    void createdAreaIsListedAndAudited() {
        Area area = service.createArea(new CreateAreaCommand("Nord", "Skoler i nord"));

        assertThat(service.listAreas()).extracting(Area::name).containsExactly("Nord");
        AuditEntry entry = auditLog.entries().get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.AREA_CREATED);
        assertThat(entry.objectId()).isEqualTo(area.id().toString());
        assertThat(entry.actor().displayName()).isEqualTo("Ada Admin");
        assertThat(entry.occurredAt()).isEqualTo(NOW);
        assertThat(entry.summary()).isEqualTo("Nord");
    }

    @Test
    void areasAreListedInDanishOrder() {
        service.createArea(new CreateAreaCommand("Åkanten", null));
        service.createArea(new CreateAreaCommand("Østbyen", null));
        service.createArea(new CreateAreaCommand("Centrum", null));
        assertThat(service.listAreas()).extracting(Area::name).containsExactly("Centrum", "Østbyen", "Åkanten");
    }

    @Test
    void aDuplicateNameIsRefusedWithoutAuditEntry() {
        service.createArea(new CreateAreaCommand("Nord", null));
        assertThatThrownBy(() -> service.createArea(new CreateAreaCommand(" nord ", null)))
                .isInstanceOf(AreaNameAlreadyUsedException.class);
        assertThat(auditLog.entries()).hasSize(1);
    }

    @Test
    void anInvalidNameIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> service.createArea(new CreateAreaCommand("", null)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(service.listAreas()).isEmpty();
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void describingRenamesAndAuditsOldAndNewName() {
        Area area = service.createArea(new CreateAreaCommand("Nord", null));
        Area renamed = service.describeArea(new DescribeAreaCommand(area.id(), "Nordby", "ny", 0));
        assertThat(renamed.name()).isEqualTo("Nordby");
        assertThat(renamed.version()).isEqualTo(1);
        assertThat(auditLog.entries()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.AREA_UPDATED);
            assertThat(e.summary()).isEqualTo("Nord → Nordby");
        });
    }

    @Test
    void describingWithAStaleVersionIsRefused() {
        Area area = service.createArea(new CreateAreaCommand("Nord", null));
        service.describeArea(new DescribeAreaCommand(area.id(), "Nordby", null, 0));
        assertThatThrownBy(() -> service.describeArea(new DescribeAreaCommand(area.id(), "Nordvest", null, 0)))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasFieldOrPropertyWithValue("code", "area.modified_concurrently");
        assertThat(service.showArea(area.id()).name()).isEqualTo("Nordby");
    }

    @Test
    void renamingToAnotherAreasNameIsRefused() {
        service.createArea(new CreateAreaCommand("Nord", null));
        Area syd = service.createArea(new CreateAreaCommand("Syd", null));
        assertThatThrownBy(() -> service.describeArea(new DescribeAreaCommand(syd.id(), "NORD", null, 0)))
                .isInstanceOf(AreaNameAlreadyUsedException.class);
    }

    @Test
    void describingAnUnknownAreaIsNotFound() {
        assertThatThrownBy(() -> service.describeArea(new DescribeAreaCommand(AreaId.newId(), "X", null, 0)))
                .isInstanceOf(AreaNotFoundException.class);
    }

    @Test
    void deletingRemovesTheAreaAndAuditsIt() {
        service.createArea(new CreateAreaCommand("Nord", null));
        Area syd = service.createArea(new CreateAreaCommand("Syd", null));
        service.deleteArea(new DeleteAreaCommand(syd.id(), true));
        assertThat(service.listAreas()).extracting(Area::name).containsExactly("Nord");
        assertThat(auditLog.entries()).last().extracting(AuditEntry::action).isEqualTo(AuditAction.AREA_DELETED);
    }

    @Test
    void deletingWithoutConfirmationReturnsTheConsequencesAndDeletesNothing() {
        service.createArea(new CreateAreaCommand("Nord", null));
        Area syd = service.createArea(new CreateAreaCommand("Syd", null));
        assertThatThrownBy(() -> service.deleteArea(new DeleteAreaCommand(syd.id(), false)))
                .isInstanceOf(dk.valghalla.domain.shared.ConfirmationRequiredException.class)
                .hasFieldOrPropertyWithValue("code", "confirmation.required");
        assertThat(service.listAreas()).hasSize(2);
        assertThat(auditLog.entries()).extracting(AuditEntry::action).doesNotContain(AuditAction.AREA_DELETED);
    }

    @Test
    void thePreviewNamesTheBlockersWithoutChangingAnything() {
        Area nord = service.createArea(new CreateAreaCommand("Nord", null));
        areas.placeWorkLocations(nord.id(), 2);
        var preview = service.previewAreaDeletion(nord.id());
        assertThat(preview.allowed()).isFalse();
        assertThat(preview.blockers()).extracting(c -> c.code()).containsExactly("area.last_area", "area.has_work_locations");
        assertThat(service.listAreas()).hasSize(1);
    }

    @Test
    void theLastAreaCannotBeDeleted() {
        Area nord = service.createArea(new CreateAreaCommand("Nord", null));
        assertThatThrownBy(() -> service.deleteArea(new DeleteAreaCommand(nord.id(), true)))
                .isInstanceOf(LastAreaCannotBeDeletedException.class);
        assertThat(service.listAreas()).hasSize(1);
    }

    @Test
    void anAreaWithWorkLocationsCannotBeDeleted() {
        service.createArea(new CreateAreaCommand("Nord", null));
        Area syd = service.createArea(new CreateAreaCommand("Syd", null));
        areas.placeWorkLocations(syd.id(), 2);
        assertThatThrownBy(() -> service.deleteArea(new DeleteAreaCommand(syd.id(), true)))
                .isInstanceOf(AreaHasWorkLocationsException.class);
        assertThat(service.listAreas()).hasSize(2);
    }

    @Test
    void deletingAnUnknownAreaIsNotFound() {
        service.createArea(new CreateAreaCommand("Nord", null));
        service.createArea(new CreateAreaCommand("Syd", null));
        assertThatThrownBy(() -> service.deleteArea(new DeleteAreaCommand(AreaId.newId(), true)))
                .isInstanceOf(AreaNotFoundException.class);
    }
}
