package dk.valghalla.bootstrap;

import dk.valghalla.application.area.port.in.ListAreasUseCase;
import dk.valghalla.application.election.port.in.CreateElectionUseCase;
import dk.valghalla.application.election.port.in.ElectionFields;
import dk.valghalla.application.election.port.in.ListElectionsQuery;
import dk.valghalla.application.election.port.in.ListElectionsUseCase;
import dk.valghalla.application.election.port.in.SwitchElectionUseCase;
import dk.valghalla.application.electiontype.port.in.CreateElectionTypeCommand;
import dk.valghalla.application.electiontype.port.in.CreateElectionTypeUseCase;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.specialdiet.port.in.CreateSpecialDietCommand;
import dk.valghalla.application.specialdiet.port.in.CreateSpecialDietUseCase;
import dk.valghalla.application.tasktype.port.in.CreateTaskTypeCommand;
import dk.valghalla.application.tasktype.port.in.CreateTaskTypeUseCase;
import dk.valghalla.application.team.port.in.CreateTeamCommand;
import dk.valghalla.application.task.port.in.DistributeTasksCommand;
import dk.valghalla.application.task.port.in.DistributeTasksUseCase;
import dk.valghalla.application.team.port.in.CreateTeamUseCase;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.ListTenantsUseCase;
import dk.valghalla.application.worklocation.port.in.CreateWorkLocationCommand;
import dk.valghalla.application.worklocation.port.in.CreateWorkLocationUseCase;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.task.TaskSlot;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocationId;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The local run's demo election in Demo Kommune ({@code valghalla.demo.seed=true}): election types, teams, task types,
 * special diets, a work location in every area and an active "Folketingsvalg" two months ahead, so that every admin
 * page has something to show. Only when the municipality has no election yet; never in production.
 */
@ApplicationScoped
public class DemoElection {
    private static final Logger LOG = Logger.getLogger(DemoElection.class);
    private static final String MUNICIPALITY = "demo";

    @Inject
    ListTenantsUseCase listTenants;
    @Inject
    TenantWork tenantWork;
    @Inject
    ListElectionsUseCase listElections;
    @Inject
    ListAreasUseCase listAreas;
    @Inject
    CreateElectionTypeUseCase createElectionType;
    @Inject
    CreateTeamUseCase createTeam;
    @Inject
    CreateTaskTypeUseCase createTaskType;
    @Inject
    CreateSpecialDietUseCase createSpecialDiet;
    @Inject
    CreateWorkLocationUseCase createWorkLocation;
    @Inject
    CreateElectionUseCase createElection;
    @Inject
    SwitchElectionUseCase switchElection;

    @Inject
    DistributeTasksUseCase distributeTasks;
    @Inject
    Clock clock;

    void seed(@Observes @Priority(TenantStartup.PRIORITY + 20) StartupEvent event,
              @ConfigProperty(name = "valghalla.demo.seed", defaultValue = "false") boolean enabled) {
        if (!enabled) {
            return;
        }
        listTenants.listTenants().stream().filter(t -> t.id().value().equals(MUNICIPALITY)).findFirst()
                .ifPresent(tenant -> tenantWork.runAs(tenant, this::seedElection));
    }

    private void seedElection() {
        if (listElections.listElections(new ListElectionsQuery(null, null, new PageRequest(0, 1))).total() > 0) {
            return;
        }
        ElectionType folketingsvalg = createElectionType.createElectionType(new CreateElectionTypeCommand(
                "Folketingsvalg og folkeafstemning", EnumSet.allOf(EligibilityRule.class)));
        createElectionType.createElectionType(new CreateElectionTypeCommand("Kommunal- og regionsrådsvalg",
                EnumSet.of(EligibilityRule.AGE_18_ON_TASK_DATE, EligibilityRule.RESIDENT_IN_MUNICIPALITY,
                        EligibilityRule.NOT_UNDER_GUARDIANSHIP)));
        Set<TeamId> teams = new HashSet<>();
        for (String[] team : List.of(new String[] {"Socialdemokratiet", "A"}, new String[] {"Venstre", "V"},
                new String[] {"Frivillige", "F"})) {
            teams.add(createTeam.createTeam(new CreateTeamCommand(team[0], team[1], null)).id());
        }
        TaskTypeId valgstyrer = createTaskType.createTaskType(new CreateTaskTypeCommand("Valgstyrer", "VS",
                "<p>Leder afstemningen på valgstedet.</p>", LocalTime.of(7, 30), LocalTime.of(22, 0), 800,
                false, true, true)).id();
        Set<TaskTypeId> taskTypes = Set.of(valgstyrer,
                createTaskType.createTaskType(new CreateTaskTypeCommand("Tilforordnet", "TF",
                        "<p>Hjælper vælgerne og tæller stemmer op.</p>", LocalTime.of(8, 0), LocalTime.of(22, 0), 600,
                        false, false, true)).id());
        for (String diet : List.of("Vegetar", "Glutenfri", "Laktosefri")) {
            createSpecialDiet.createSpecialDiet(new CreateSpecialDietCommand(diet));
        }
        Set<WorkLocationId> locations = new HashSet<>();
        int votingArea = 1;
        for (Area area : listAreas.listAreas()) {
            locations.add(createWorkLocation.createWorkLocation(new CreateWorkLocationCommand(area.id(),
                    area.name() + "skolen", "Skolevej " + votingArea, null, null, votingArea, teams, taskTypes)).id());
            votingArea++;
        }
        LocalDate electionDay = LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen"))).plusDays(60);
        Election election = createElection.createElection(new ElectionFields("Folketingsvalg " + electionDay.getYear(),
                folketingsvalg.id(), 5, electionDay.minusDays(45), electionDay.plusDays(2), electionDay, locations));
        int seats = 0;
        for (WorkLocationId location : locations) {
            for (TeamId team : teams) {
                for (TaskTypeId taskType : taskTypes) {
                    // One chair per party, three helpers each: every slot of the election day has free seats.
                    int count = taskType.equals(valgstyrer) ? 1 : 3;
                    seats += distributeTasks.distributeTasks(new DistributeTasksCommand(new TaskSlot(election.id(),
                            location, taskType, team, electionDay), count)).total();
                }
            }
        }
        switchElection.activateElection(election.id());
        LOG.infof("Demo election %s on %s with %d work locations and %d free seats", election.title(), electionDay,
                locations.size(), seats);
    }
}
