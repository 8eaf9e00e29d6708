package dk.valghalla.application.area.service;

import dk.valghalla.application.area.port.in.CreateAreaCommand;
import dk.valghalla.application.area.port.in.CreateAreaUseCase;
import dk.valghalla.application.area.port.in.DeleteAreaCommand;
import dk.valghalla.application.area.port.in.DeleteAreaUseCase;
import dk.valghalla.application.area.port.in.DescribeAreaCommand;
import dk.valghalla.application.area.port.in.DescribeAreaUseCase;
import dk.valghalla.application.area.port.in.ListAreasUseCase;
import dk.valghalla.application.area.port.in.PreviewAreaDeletionUseCase;
import dk.valghalla.application.area.port.in.ShowAreaUseCase;
import dk.valghalla.application.area.port.out.AreaRepository;
import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.area.AreaNameAlreadyUsedException;
import dk.valghalla.domain.area.AreaNotFoundException;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.Consequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The area (<i>område</i>) use cases. Every change is audited in the same transaction. Reads run in a transaction
 * too: that gives each call a database session bound to the current tenant's schema, also when work outside HTTP
 * requests serves several municipalities in one request context (see TenantWork).
 */
@ApplicationScoped
public class AreaService implements ListAreasUseCase, ShowAreaUseCase, CreateAreaUseCase, DescribeAreaUseCase,
        PreviewAreaDeletionUseCase, DeleteAreaUseCase {
    static final String OBJECT_TYPE = "AREA";

    private final AreaRepository areas;
    private final AuditTrail auditTrail;

    public AreaService(AreaRepository areas, AuditTrail auditTrail) {
        this.areas = areas;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional
    public List<Area> listAreas() {
        return areas.findAll().stream().sorted(Area.BY_NAME).toList();
    }

    @Override
    @Transactional
    public Area showArea(AreaId id) {
        return areas.findById(id).orElseThrow(() -> new AreaNotFoundException(id));
    }

    @Override
    @Transactional
    public Area createArea(CreateAreaCommand command) {
        Area area = Area.create(command.name(), command.description());
        if (areas.nameTaken(area.name(), null)) {
            throw new AreaNameAlreadyUsedException(area.name());
        }
        areas.add(area);
        auditTrail.record(AuditAction.AREA_CREATED, OBJECT_TYPE, area.id(), area.name());
        return area;
    }

    @Override
    @Transactional
    public Area describeArea(DescribeAreaCommand command) {
        Area area = showArea(command.id());
        if (area.version() != command.expectedVersion()) {
            throw new ConcurrentModificationException("area", area.id());
        }
        String before = area.name();
        area.describe(command.name(), command.description());
        if (areas.nameTaken(area.name(), area.id())) {
            throw new AreaNameAlreadyUsedException(area.name());
        }
        areas.update(area);
        String summary = before.equals(area.name()) ? area.name() : before + " → " + area.name();
        auditTrail.record(AuditAction.AREA_UPDATED, OBJECT_TYPE, area.id(), summary);
        return showArea(area.id());
    }

    @Override
    @Transactional
    public Consequences previewAreaDeletion(AreaId id) {
        Area area = showArea(id);
        return area.consequencesOfDeletion(areas.count(), areas.countWorkLocations(id));
    }

    @Override
    @Transactional
    public void deleteArea(DeleteAreaCommand command) {
        long count = areas.lockAllAndCount();
        Area area = showArea(command.id());
        long workLocations = areas.countWorkLocations(area.id());
        area.ensureDeletable(count, workLocations);
        if (!command.confirmed()) {
            throw new ConfirmationRequiredException(area.consequencesOfDeletion(count, workLocations));
        }
        areas.remove(area.id());
        auditTrail.record(AuditAction.AREA_DELETED, OBJECT_TYPE, area.id(), area.name());
    }
}
