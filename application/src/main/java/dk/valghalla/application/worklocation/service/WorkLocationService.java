package dk.valghalla.application.worklocation.service;

import dk.valghalla.application.area.port.out.AreaRepository;
import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.tasktype.port.out.TaskTypeRepository;
import dk.valghalla.application.team.port.out.TeamRepository;
import dk.valghalla.application.worklocation.port.in.CreateWorkLocationCommand;
import dk.valghalla.application.worklocation.port.in.CreateWorkLocationUseCase;
import dk.valghalla.application.worklocation.port.in.DeleteWorkLocationCommand;
import dk.valghalla.application.worklocation.port.in.DeleteWorkLocationUseCase;
import dk.valghalla.application.worklocation.port.in.ListWorkLocationsQuery;
import dk.valghalla.application.worklocation.port.in.ListWorkLocationsUseCase;
import dk.valghalla.application.worklocation.port.in.PreviewWorkLocationDeletionUseCase;
import dk.valghalla.application.worklocation.port.in.ReviseWorkLocationCommand;
import dk.valghalla.application.worklocation.port.in.ReviseWorkLocationUseCase;
import dk.valghalla.application.worklocation.port.in.ShowWorkLocationUseCase;
import dk.valghalla.application.worklocation.port.out.WorkLocationRepository;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.UnknownReferenceException;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationDetails;
import dk.valghalla.domain.worklocation.WorkLocationId;
import dk.valghalla.domain.worklocation.WorkLocationNotFoundException;
import dk.valghalla.domain.worklocation.WorkLocationTitleAlreadyUsedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.Set;

/** The work-location (<i>arbejdssted</i>) use cases; every change is audited in the same transaction. */
@ApplicationScoped
public class WorkLocationService implements ListWorkLocationsUseCase, ShowWorkLocationUseCase,
        CreateWorkLocationUseCase, ReviseWorkLocationUseCase, PreviewWorkLocationDeletionUseCase,
        DeleteWorkLocationUseCase {
    static final String OBJECT_TYPE = "WORK_LOCATION";

    private final WorkLocationRepository locations;
    private final AreaRepository areas;
    private final TeamRepository teams;
    private final TaskTypeRepository taskTypes;
    private final AuditTrail auditTrail;

    public WorkLocationService(WorkLocationRepository locations, AreaRepository areas, TeamRepository teams,
                               TaskTypeRepository taskTypes, AuditTrail auditTrail) {
        this.locations = locations;
        this.areas = areas;
        this.teams = teams;
        this.taskTypes = taskTypes;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional
    public Page<WorkLocation> listWorkLocations(ListWorkLocationsQuery query) {
        return locations.search(query.text(), query.area(), query.page());
    }

    @Override
    @Transactional
    public WorkLocation showWorkLocation(WorkLocationId id) {
        return locations.findById(id).orElseThrow(() -> new WorkLocationNotFoundException(id));
    }

    @Override
    @Transactional
    public WorkLocation createWorkLocation(CreateWorkLocationCommand c) {
        WorkLocation location = WorkLocation.create(
                new WorkLocationDetails(c.area(), c.title(), c.address(), c.postalCode(), c.city(), c.votingAreaNumber()),
                c.teams(), c.taskTypes());
        String areaName = ensureReferencesExist(location);
        if (locations.titleTaken(location.title(), null)) {
            throw new WorkLocationTitleAlreadyUsedException(location.title());
        }
        locations.add(location);
        auditTrail.record(AuditAction.WORK_LOCATION_CREATED, OBJECT_TYPE, location.id(), describe(location, areaName));
        return location;
    }

    @Override
    @Transactional
    public WorkLocation reviseWorkLocation(ReviseWorkLocationCommand c) {
        WorkLocation location = showWorkLocation(c.id());
        if (location.version() != c.expectedVersion()) {
            throw new ConcurrentModificationException("work_location", location.id());
        }
        long activeElections = locations.lockAndCountActiveElections(location.id());
        location.revise(
                new WorkLocationDetails(c.area(), c.title(), c.address(), c.postalCode(), c.city(), c.votingAreaNumber()),
                c.teams(), c.taskTypes(), activeElections);
        String areaName = ensureReferencesExist(location);
        if (locations.titleTaken(location.title(), location.id())) {
            throw new WorkLocationTitleAlreadyUsedException(location.title());
        }
        locations.update(location);
        auditTrail.record(AuditAction.WORK_LOCATION_UPDATED, OBJECT_TYPE, location.id(), describe(location, areaName));
        return showWorkLocation(location.id());
    }

    @Override
    @Transactional
    public Consequences previewWorkLocationDeletion(WorkLocationId id) {
        return showWorkLocation(id).consequencesOfDeletion(locations.countActiveElections(id),
                locations.countInactiveElections(id), locations.countSeats(id));
    }

    @Override
    @Transactional
    public void deleteWorkLocation(DeleteWorkLocationCommand command) {
        WorkLocation location = showWorkLocation(command.id());
        long activeElections = locations.lockAndCountActiveElections(location.id());
        long seats = locations.countSeats(location.id());
        location.ensureDeletable(activeElections, seats);
        if (!command.confirmed()) {
            throw new ConfirmationRequiredException(location.consequencesOfDeletion(activeElections,
                    locations.countInactiveElections(location.id()), seats));
        }
        locations.remove(location.id());
        auditTrail.record(AuditAction.WORK_LOCATION_DELETED, OBJECT_TYPE, location.id(), location.title());
    }

    /** @return the name of the location's area */
    private String ensureReferencesExist(WorkLocation location) {
        Area area = areas.findById(location.area()).orElseThrow(() -> UnknownReferenceException.area(location.area()));
        Set<TeamId> missing = new HashSet<>(location.teams());
        missing.removeAll(teams.existing(location.teams()));
        if (!missing.isEmpty()) {
            throw UnknownReferenceException.teams(missing);
        }
        Set<TaskTypeId> missingTaskTypes = new HashSet<>(location.taskTypes());
        missingTaskTypes.removeAll(taskTypes.existing(location.taskTypes()));
        if (!missingTaskTypes.isEmpty()) {
            throw UnknownReferenceException.taskTypes(missingTaskTypes);
        }
        return area.name();
    }

    /** "Rådhuset (Nord, 2 team(s), 3 task type(s))" for the audit log. */
    private static String describe(WorkLocation location, String areaName) {
        return location.title() + " (" + areaName + ", " + location.teams().size() + " team(s), "
                + location.taskTypes().size() + " task type(s))";
    }
}
