package dk.valghalla.application.task;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FakeCprVault;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryCprRefreshRecords;
import dk.valghalla.application.fakes.InMemoryElectionRepository;
import dk.valghalla.application.fakes.InMemoryElectionTypeRepository;
import dk.valghalla.application.fakes.InMemoryParticipantRepository;
import dk.valghalla.application.fakes.InMemoryTaskRepository;
import dk.valghalla.application.fakes.InMemoryTaskTypeRepository;
import dk.valghalla.application.fakes.InMemoryTeamRepository;
import dk.valghalla.application.fakes.InMemoryWorkLocationRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.fakes.TestPersons;
import dk.valghalla.application.task.port.in.AssignTaskCommand;
import dk.valghalla.application.task.port.in.DistributeTasksCommand;
import dk.valghalla.application.task.port.in.TaskSlotFilter;
import dk.valghalla.application.task.port.in.TaskSlotView;
import dk.valghalla.application.task.port.in.TaskVersionCommand;
import dk.valghalla.application.task.port.in.TaskView;
import dk.valghalla.application.task.service.TaskService;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionPeriod;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.participant.Ineligibility;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonSnapshot;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.task.ParticipantIneligibleException;
import dk.valghalla.domain.task.TaskSlot;
import dk.valghalla.domain.task.TaskSlotException;
import dk.valghalla.domain.task.TaskStatus;
import dk.valghalla.domain.task.TaskTimeConflictException;
import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeDetails;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskServiceTest {
    private static final LocalDate ELECTION_DAY = LocalDate.of(2027, 3, 2);

    private final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
    private final InMemoryElectionRepository elections = new InMemoryElectionRepository();
    private final InMemoryElectionTypeRepository electionTypes = new InMemoryElectionTypeRepository();
    private final InMemoryWorkLocationRepository workLocations = new InMemoryWorkLocationRepository();
    private final InMemoryTaskTypeRepository taskTypes = new InMemoryTaskTypeRepository();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-10T09:00:00Z"));
    private final TenantContext tenantContext = new TenantContext();
    private final FakeCprVault vault = new FakeCprVault();
    private final InMemoryCprRefreshRecords checks = new InMemoryCprRefreshRecords(tenantContext, participants::all);
    private final TaskService service = new TaskService(tasks, elections, electionTypes, workLocations, taskTypes, teams,
            participants, checks, tenantContext, new AuditTrail(auditLog, FixedCurrentActor.admin(), clock), clock);

    private Team venstre;
    private Team frivillige;
    private TaskType tilforordnet;
    private TaskType valgstyrer;
    private TaskType sekretaer;
    private WorkLocation raadhuset;
    private WorkLocation skolen;
    private Election election;

    @BeforeEach
    void anElectionWithTwoLocations() {
        tenantContext.enter(new Tenant(new TenantId("demo"), "Demo Kommune", TestPersons.HOME, new Cvr("29189846"),
                Set.of(new HostName("demo.localhost")), Map.of()));
        venstre = Team.create("Venstre", "V", null);
        frivillige = Team.create("Frivillige", "F", null);
        teams.add(venstre);
        teams.add(frivillige);
        tilforordnet = taskType("Tilforordnet", "08:00", "20:00", false);
        valgstyrer = taskType("Valgstyrer", "07:00", "12:00", false);
        sekretaer = taskType("Valgsekretær", "20:00", "23:00", true);
        raadhuset = location("Rådhuset", 2);
        skolen = location("Skolen", 3);
        ElectionType folketingsvalg = ElectionType.create("Folketingsvalg", EnumSet.allOf(EligibilityRule.class));
        electionTypes.add(folketingsvalg);
        election = Election.create("Folketingsvalg 2027", folketingsvalg.id(), 5,
                new ElectionPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31), ELECTION_DAY),
                Set.of(raadhuset.id(), skolen.id()));
        elections.add(election);
    }

    private TaskType taskType(String title, String start, String end, boolean validationNotRequired) {
        TaskType type = TaskType.create(new TaskTypeDetails(title, title.substring(0, 2), null, LocalTime.parse(start),
                LocalTime.parse(end), null, validationNotRequired, false, false));
        taskTypes.add(type);
        return type;
    }

    private WorkLocation location(String title, int votingArea) {
        WorkLocation location = WorkLocation.create(new WorkLocationDetails(AreaId.newId(), title, "Torvet 1", "9999",
                "Demoby", votingArea), Set.of(venstre.id(), frivillige.id()),
                Set.of(tilforordnet.id(), valgstyrer.id(), sekretaer.id()));
        workLocations.add(location);
        return location;
    }

    private Participant participant(Person person) {
        Participant p = Participant.create(vault.seal(person.cpr()), PersonSnapshot.of(person, clock.instant()),
                Set.of(frivillige.id()), null, null, Set.of(), clock.instant());
        participants.add(p);
        return p;
    }

    private Participant anne() {
        return participant(TestPersons.person("0101901234", "Anne", "Jensen"));
    }

    private TaskSlot slot(WorkLocation at, TaskType type, LocalDate day) {
        return new TaskSlot(election.id(), at.id(), type.id(), venstre.id(), day);
    }

    private TaskView freeSeat(TaskSlot slot) {
        service.distributeTasks(new DistributeTasksCommand(slot, 1));
        return service.listTasks(TaskSlotFilter.all(election.id())).stream()
                .filter(t -> t.task().slot().equals(slot)).findFirst().orElseThrow();
    }

    private TaskView assign(TaskView seat, Participant p) {
        return service.assignTask(new AssignTaskCommand(seat.task().id(), p.id(), seat.task().version()));
    }

    private List<AuditAction> actions() {
        return auditLog.entries().stream().map(AuditEntry::action).toList();
    }

    @Test
    void distributionSetsTheNumberOfSeatsOfASlotAndIsAudited() {
        TaskSlotView slot = service.distributeTasks(new DistributeTasksCommand(slot(raadhuset, tilforordnet, ELECTION_DAY), 4));

        assertThat(slot.total()).isEqualTo(4);
        assertThat(slot.free()).isEqualTo(4);
        assertThat(slot.workLocationTitle()).isEqualTo("Rådhuset");
        assertThat(slot.votingArea()).isEqualTo(2);
        assertThat(slot.taskTypeTitle()).isEqualTo("Tilforordnet");
        assertThat(slot.teamName()).isEqualTo("Venstre");
        assertThat(tasks.size()).isEqualTo(4);
        assertThat(auditLog.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.TASKS_DISTRIBUTED);
            assertThat(e.summary()).contains("Rådhuset, Tilforordnet, Venstre, 2027-03-02: 0 → 4 seats");
        });

        assertThat(service.distributeTasks(new DistributeTasksCommand(slot(raadhuset, tilforordnet, ELECTION_DAY), 1))
                .total()).isEqualTo(1);
        assertThat(service.distributeTasks(new DistributeTasksCommand(slot(raadhuset, tilforordnet, ELECTION_DAY), 1))
                .total()).isEqualTo(1);
        assertThat(actions()).hasSize(2);
    }

    @Test
    void aSlotTheElectionDoesNotOfferGetsNoSeats() {
        WorkLocation elsewhere = location("Hallen", 9);
        assertThatThrownBy(() -> service.distributeTasks(new DistributeTasksCommand(
                new TaskSlot(election.id(), elsewhere.id(), tilforordnet.id(), venstre.id(), ELECTION_DAY), 2)))
                .isInstanceOf(TaskSlotException.class).extracting("code").isEqualTo("task.work_location_not_in_election");
        assertThatThrownBy(() -> service.distributeTasks(new DistributeTasksCommand(
                slot(raadhuset, tilforordnet, LocalDate.of(2027, 4, 2)), 2)))
                .extracting("code").isEqualTo("task.date_outside_period");
        assertThat(tasks.size()).isZero();
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void slotsAreListedByWorkLocationDayAndTaskTypeWithTheirCounters() {
        service.distributeTasks(new DistributeTasksCommand(slot(skolen, tilforordnet, ELECTION_DAY), 2));
        service.distributeTasks(new DistributeTasksCommand(slot(raadhuset, valgstyrer, ELECTION_DAY), 1));
        service.distributeTasks(new DistributeTasksCommand(slot(raadhuset, tilforordnet, ELECTION_DAY), 3));
        TaskView seat = service.listTasks(new TaskSlotFilter(election.id(), raadhuset.id(), tilforordnet.id(), null, null,
                null)).get(0);
        assign(seat, anne());

        List<TaskSlotView> slots = service.listTaskSlots(TaskSlotFilter.all(election.id()));

        assertThat(slots).extracting(s -> s.workLocationTitle() + "/" + s.taskTypeTitle() + " " + s.total() + "="
                + s.free() + "+" + s.awaitingReply() + "+" + s.accepted())
                .containsExactly("Rådhuset/Tilforordnet 3=2+1+0", "Rådhuset/Valgstyrer 1=1+0+0", "Skolen/Tilforordnet 2=2+0+0");
        assertThat(service.listTaskSlots(new TaskSlotFilter(election.id(), skolen.id(), null, null, null, null)))
                .hasSize(1);
        assertThat(service.listTasks(new TaskSlotFilter(election.id(), null, null, null, null, TaskStatus.AWAITING_REPLY)))
                .singleElement().satisfies(t -> assertThat(t.participantName()).isEqualTo("Anne Jensen"));
    }

    @Test
    void placingAnEligiblePersonMakesTheSeatAwaitTheAnswerAndTheTeamTheirs() {
        Participant anne = anne();
        TaskView seat = freeSeat(slot(raadhuset, tilforordnet, ELECTION_DAY));

        TaskView placed = assign(seat, anne);

        assertThat(placed.task().status()).isEqualTo(TaskStatus.AWAITING_REPLY);
        assertThat(placed.participantName()).isEqualTo("Anne Jensen");
        assertThat(placed.task().version()).isEqualTo(seat.task().version() + 1);
        assertThat(participants.findById(anne.id()).orElseThrow().teams()).contains(venstre.id(), frivillige.id());
        assertThat(actions()).endsWith(AuditAction.TASK_ASSIGNED);
        assertThat(auditLog.entries().get(auditLog.entries().size() - 1).summary()).contains("Anne Jensen (010190-XXXX)")
                .doesNotContain("0101901234");
    }

    @Test
    void anIneligiblePersonIsRefusedWithEveryFailedRuleAndTheSeatStaysFree() {
        Participant ole = participant(TestPersons.emigrated("0809707777", "Ole", "Andersen"));
        TaskView seat = freeSeat(slot(raadhuset, tilforordnet, ELECTION_DAY));

        assertThatThrownBy(() -> assign(seat, ole)).isInstanceOfSatisfying(ParticipantIneligibleException.class,
                e -> assertThat(e.failures()).containsExactly(Ineligibility.NOT_DANISH_CITIZEN,
                        Ineligibility.NOT_RESIDENT_IN_MUNICIPALITY, Ineligibility.UNDER_GUARDIANSHIP));
        assertThat(tasks.findById(seat.task().id()).orElseThrow().status()).isEqualTo(TaskStatus.FREE);
    }

    @Test
    void aTaskTypeThatWaivesValidationTakesAnyoneAlive() {
        Participant ole = participant(TestPersons.emigrated("0809707777", "Ole", "Andersen"));
        TaskView seat = freeSeat(slot(raadhuset, sekretaer, ELECTION_DAY));
        assertThat(assign(seat, ole).task().status()).isEqualTo(TaskStatus.AWAITING_REPLY);
    }

    @Test
    void ageCountsOnTheTaskDateNotToday() {
        // 18 on 2 March 2027, the election day; not yet on 1 March.
        Person template = TestPersons.person("0203091234", "Ung", "Person");
        Participant young = participant(new Person(template.cpr(), template.name(), LocalDate.of(2009, 3, 2),
                template.status(), template.address(), template.foreignAddress(), template.citizenship(),
                template.guardianship(), false, template.digitalPost()));
        assertThatThrownBy(() -> assign(freeSeat(slot(raadhuset, tilforordnet, ELECTION_DAY.minusDays(1))), young))
                .isInstanceOfSatisfying(ParticipantIneligibleException.class,
                        e -> assertThat(e.failures()).containsExactly(Ineligibility.UNDER_18_ON_TASK_DATE));
        assertThat(assign(freeSeat(slot(raadhuset, tilforordnet, ELECTION_DAY)), young).task().status())
                .isEqualTo(TaskStatus.AWAITING_REPLY);
    }

    @Test
    void aPersonCannotHoldTwoSeatsWhoseHoursOverlapOnTheSameDay() {
        Participant anne = anne();
        assign(freeSeat(slot(raadhuset, tilforordnet, ELECTION_DAY)), anne);

        TaskView morning = freeSeat(slot(skolen, valgstyrer, ELECTION_DAY));
        assertThatThrownBy(() -> assign(morning, anne)).isInstanceOf(TaskTimeConflictException.class);

        TaskView evening = freeSeat(slot(skolen, sekretaer, ELECTION_DAY));
        assertThat(assign(evening, anne).task().status()).isEqualTo(TaskStatus.AWAITING_REPLY);
    }

    @Test
    void aSeatChangedSinceTheAdminSawItIsNotOverwritten() {
        TaskView seat = freeSeat(slot(raadhuset, tilforordnet, ELECTION_DAY));
        assign(seat, anne());
        Participant bent = participant(TestPersons.person("0202801234", "Bent", "Hansen"));
        assertThatThrownBy(() -> assign(seat, bent)).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void theOfficeRecordsTheYesAndCanTakeThePersonOffAgain() {
        Participant anne = anne();
        TaskView placed = assign(freeSeat(slot(raadhuset, tilforordnet, ELECTION_DAY)), anne);

        TaskView accepted = service.acceptTaskOnBehalf(new TaskVersionCommand(placed.task().id(), placed.task().version()));
        assertThat(accepted.task().status()).isEqualTo(TaskStatus.ACCEPTED);
        assertThat(service.listParticipantTasks(anne.id())).singleElement()
                .satisfies(t -> assertThat(t.task().status()).isEqualTo(TaskStatus.ACCEPTED));

        TaskView freed = service.releaseTask(new TaskVersionCommand(accepted.task().id(), accepted.task().version()));
        assertThat(freed.task().status()).isEqualTo(TaskStatus.FREE);
        assertThat(freed.participantName()).isNull();
        assertThat(service.listParticipantTasks(anne.id())).isEmpty();
        assertThat(actions()).endsWith(AuditAction.TASK_ASSIGNED, AuditAction.TASK_ACCEPTED_ON_BEHALF,
                AuditAction.TASK_RELEASED);
    }

    @Test
    void aSlotCannotBeCountedBelowItsHeldSeats() {
        TaskSlot slot = slot(raadhuset, tilforordnet, ELECTION_DAY);
        service.distributeTasks(new DistributeTasksCommand(slot, 3));
        assign(service.listTasks(TaskSlotFilter.all(election.id())).get(0), anne());

        assertThatThrownBy(() -> service.distributeTasks(new DistributeTasksCommand(slot, 0)))
                .extracting("code").isEqualTo("task.count_below_taken");
        TaskSlotView one = service.distributeTasks(new DistributeTasksCommand(slot, 1));
        assertThat(one.total()).isEqualTo(1);
        assertThat(one.awaitingReply()).isEqualTo(1);
    }

    @Test
    void aSeatShowsTheLatestCprCheckOfTheRefreshForItsHolder() {
        Participant anne = anne();
        TaskView placed = assign(freeSeat(slot(raadhuset, tilforordnet, ELECTION_DAY)), anne);
        assertThat(service.listTasks(TaskSlotFilter.all(election.id())).get(0).holderCheck()).isNull();

        checks.record(dk.valghalla.domain.participant.ParticipantValidation.judged(anne.id(), election.id(), ELECTION_DAY,
                clock.instant(), new dk.valghalla.domain.participant.Eligibility(List.of(Ineligibility.NOT_ALIVE))));

        assertThat(service.listTasks(TaskSlotFilter.all(election.id()))).filteredOn(t -> t.task().id().equals(placed.task().id()))
                .singleElement().satisfies(t -> assertThat(t.holderCheck().failures()).containsExactly(Ineligibility.NOT_ALIVE));
    }
}
