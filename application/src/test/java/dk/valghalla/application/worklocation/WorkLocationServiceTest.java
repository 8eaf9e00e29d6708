package dk.valghalla.application.worklocation;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAreaRepository;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryTaskTypeRepository;
import dk.valghalla.application.fakes.InMemoryTeamRepository;
import dk.valghalla.application.fakes.InMemoryWorkLocationRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.worklocation.port.in.CreateWorkLocationCommand;
import dk.valghalla.application.worklocation.port.in.DeleteWorkLocationCommand;
import dk.valghalla.application.worklocation.port.in.ListWorkLocationsQuery;
import dk.valghalla.application.worklocation.port.in.ReviseWorkLocationCommand;
import dk.valghalla.application.worklocation.service.WorkLocationService;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeDetails;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.UnknownReferenceException;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationInActiveElectionException;
import dk.valghalla.domain.worklocation.WorkLocationNotFoundException;
import dk.valghalla.domain.worklocation.WorkLocationTitleAlreadyUsedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkLocationServiceTest {
    private final InMemoryWorkLocationRepository locations = new InMemoryWorkLocationRepository();
    private final InMemoryAreaRepository areas = new InMemoryAreaRepository();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryTaskTypeRepository taskTypes = new InMemoryTaskTypeRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final WorkLocationService service = new WorkLocationService(locations, areas, teams, taskTypes,
            new AuditTrail(auditLog, FixedCurrentActor.admin(), new MutableClock(Instant.EPOCH)));

    private Area nord;
    private Area syd;
    private Team venstre;
    private Team frivillige;
    private TaskType valgstyrer;

    @BeforeEach
    void masterData() {
        nord = Area.create("Nord", null);
        syd = Area.create("Syd", null);
        areas.add(nord);
        areas.add(syd);
        venstre = Team.create("Venstre", "V", null);
        frivillige = Team.create("Frivillige", "F", null);
        teams.add(venstre);
        teams.add(frivillige);
        valgstyrer = TaskType.create(new TaskTypeDetails("Valgstyrer", "VS", null, java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(20, 0), 0, false, false, false));
        taskTypes.add(valgstyrer);
    }

    private WorkLocation create(String title, Area area, TeamId... teamIds) {
        return service.createWorkLocation(new CreateWorkLocationCommand(area.id(), title, "Skolevej 1", "8000",
                "Aarhus C", 3, Set.of(teamIds), Set.of()));
    }

    private ReviseWorkLocationCommand revise(WorkLocation l, String title, long version, TeamId... teamIds) {
        return new ReviseWorkLocationCommand(l.id(), l.area(), title, null, null, null, null, Set.of(teamIds), Set.of(),
                version);
    }

    @Test
    void locationsAreListedInDanishOrderFilteredByTextAndArea() {
        create("Østskolen", nord, venstre.id());
        create("Rådhuset", nord);
        create("Aabyhøj Skole", syd, frivillige.id());
        var all = service.listWorkLocations(new ListWorkLocationsQuery(null, null, new PageRequest(0, 10)));
        assertThat(all.items()).extracting(WorkLocation::title).containsExactly("Rådhuset", "Østskolen", "Aabyhøj Skole");
        var inNord = service.listWorkLocations(new ListWorkLocationsQuery(" ", nord.id(), new PageRequest(0, 10)));
        assertThat(inNord.items()).extracting(WorkLocation::title).containsExactly("Rådhuset", "Østskolen");
        var searched = service.listWorkLocations(new ListWorkLocationsQuery("skole", null, new PageRequest(0, 1)));
        assertThat(searched.total()).isEqualTo(2);
        assertThat(searched.items()).extracting(WorkLocation::title).containsExactly("Østskolen");
        assertThat(auditLog.entries().get(0).summary()).isEqualTo("Østskolen (Nord, 1 team(s), 0 task type(s))");
        assertThat(auditLog.entries()).extracting(AuditEntry::action).containsOnly(AuditAction.WORK_LOCATION_CREATED);
    }

    @Test
    void theAreaAndTheTeamsMustExist() {
        assertThatThrownBy(() -> service.createWorkLocation(new CreateWorkLocationCommand(AreaId.newId(), "Skolen",
                null, null, null, null, Set.of(), Set.of()))).isInstanceOf(UnknownReferenceException.class)
                .hasFieldOrPropertyWithValue("field", "areaId").hasFieldOrPropertyWithValue("code", "area.unknown");
        assertThatThrownBy(() -> create("Skolen", nord, venstre.id(), TeamId.newId()))
                .isInstanceOf(UnknownReferenceException.class).hasFieldOrPropertyWithValue("code", "team.unknown");
        assertThatThrownBy(() -> service.createWorkLocation(new CreateWorkLocationCommand(nord.id(), "Skolen", null,
                null, null, null, Set.of(), Set.of(valgstyrer.id(), TaskTypeId.newId()))))
                .isInstanceOf(UnknownReferenceException.class).hasFieldOrPropertyWithValue("field", "taskTypeIds")
                .hasFieldOrPropertyWithValue("code", "task_type.unknown");
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void theTaskTypesDoneAtALocationAreFrozenWhileAnElectionIsActive() {
        WorkLocation skolen = service.createWorkLocation(new CreateWorkLocationCommand(nord.id(), "Skolen", null,
                null, null, null, Set.of(venstre.id()), Set.of(valgstyrer.id())));
        assertThat(skolen.taskTypes()).containsExactly(valgstyrer.id());
        assertThat(auditLog.entries()).last().extracting(AuditEntry::summary)
                .isEqualTo("Skolen (Nord, 1 team(s), 1 task type(s))");
        locations.placeInElections(skolen.id(), 1, 0);
        assertThatThrownBy(() -> service.reviseWorkLocation(new ReviseWorkLocationCommand(skolen.id(), nord.id(),
                "Skolen", null, null, null, null, Set.of(venstre.id()), Set.of(), 0)))
                .isInstanceOf(WorkLocationInActiveElectionException.class);
        assertThat(service.showWorkLocation(skolen.id()).taskTypes()).containsExactly(valgstyrer.id());
    }

    @Test
    void titlesAreUniqueAndVersionsAreChecked() {
        WorkLocation skolen = create("Skolen", nord);
        create("Hallen", nord);
        assertThatThrownBy(() -> create("SKOLEN", syd)).isInstanceOf(WorkLocationTitleAlreadyUsedException.class);
        assertThatThrownBy(() -> service.reviseWorkLocation(revise(skolen, "hallen", 0)))
                .isInstanceOf(WorkLocationTitleAlreadyUsedException.class);
        WorkLocation revised = service.reviseWorkLocation(revise(skolen, "Skolen", 0, venstre.id(), frivillige.id()));
        assertThat(revised.teams()).containsExactlyInAnyOrder(venstre.id(), frivillige.id());
        assertThat(revised.version()).isEqualTo(1);
        assertThatThrownBy(() -> service.reviseWorkLocation(revise(skolen, "Skolen", 0)))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasFieldOrPropertyWithValue("code", "work_location.modified_concurrently");
    }

    @Test
    void whileAnElectionIsActiveTheTeamsCannotChangeAndTheLocationCannotBeDeleted() {
        WorkLocation skolen = create("Skolen", nord, venstre.id());
        locations.placeInElections(skolen.id(), 1, 0);
        assertThatThrownBy(() -> service.reviseWorkLocation(revise(skolen, "Skolen", 0, frivillige.id())))
                .isInstanceOf(WorkLocationInActiveElectionException.class);
        assertThat(service.reviseWorkLocation(revise(skolen, "Skolen, hal B", 0, venstre.id())).title())
                .isEqualTo("Skolen, hal B");
        assertThat(service.previewWorkLocationDeletion(skolen.id()).blockers()).extracting(c -> c.code())
                .containsExactly("work_location.in_active_election");
        assertThatThrownBy(() -> service.deleteWorkLocation(new DeleteWorkLocationCommand(skolen.id(), true)))
                .isInstanceOf(WorkLocationInActiveElectionException.class);
    }

    @Test
    void aLocationIsDeletedOnlyWhenConfirmed() {
        WorkLocation skolen = create("Skolen", nord);
        locations.placeInElections(skolen.id(), 0, 2);
        assertThatThrownBy(() -> service.deleteWorkLocation(new DeleteWorkLocationCommand(skolen.id(), false)))
                .isInstanceOfSatisfying(ConfirmationRequiredException.class, e ->
                        assertThat(e.consequences().warnings()).extracting(c -> c.code())
                                .containsExactly("work_location.removed_from_elections"));
        service.deleteWorkLocation(new DeleteWorkLocationCommand(skolen.id(), true));
        assertThatThrownBy(() -> service.showWorkLocation(skolen.id())).isInstanceOf(WorkLocationNotFoundException.class);
        assertThat(auditLog.entries()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.WORK_LOCATION_DELETED);
            assertThat(e.summary()).isEqualTo("Skolen");
        });
    }
}
