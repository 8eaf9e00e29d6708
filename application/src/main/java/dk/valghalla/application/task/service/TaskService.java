package dk.valghalla.application.task.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.election.port.out.ElectionRepository;
import dk.valghalla.application.electiontype.port.out.ElectionTypeRepository;
import dk.valghalla.application.participant.port.out.CprRefreshRecords;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.task.port.in.AcceptTaskUseCase;
import dk.valghalla.application.task.port.in.AssignTaskCommand;
import dk.valghalla.application.task.port.in.AssignTaskUseCase;
import dk.valghalla.application.task.port.in.DistributeTasksCommand;
import dk.valghalla.application.task.port.in.DistributeTasksUseCase;
import dk.valghalla.application.task.port.in.ListParticipantTasksUseCase;
import dk.valghalla.application.task.port.in.ListTaskSlotsUseCase;
import dk.valghalla.application.task.port.in.ListTasksUseCase;
import dk.valghalla.application.task.port.in.ReleaseTaskUseCase;
import dk.valghalla.application.task.port.in.TaskSlotFilter;
import dk.valghalla.application.task.port.in.TaskSlotView;
import dk.valghalla.application.task.port.in.TaskVersionCommand;
import dk.valghalla.application.task.port.in.TaskView;
import dk.valghalla.application.task.port.out.TaskRepository;
import dk.valghalla.application.tasktype.port.out.TaskTypeRepository;
import dk.valghalla.application.team.port.out.TeamRepository;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.application.worklocation.port.out.WorkLocationRepository;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionNotFoundException;
import dk.valghalla.domain.electiontype.ElectionType;
import dk.valghalla.domain.electiontype.ElectionTypeNotFoundException;
import dk.valghalla.domain.participant.Eligibility;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantNotFoundException;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.task.ParticipantIneligibleException;
import dk.valghalla.domain.task.Task;
import dk.valghalla.domain.task.TaskDistribution;
import dk.valghalla.domain.task.TaskId;
import dk.valghalla.domain.task.TaskNotFoundException;
import dk.valghalla.domain.task.TaskSlot;
import dk.valghalla.domain.task.TaskWindow;
import dk.valghalla.domain.worklocation.WorkLocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The seat (<i>opgave</i>) use cases of the election office: distribution, placing people, recording their answer and
 * freeing seats. Every change is audited in its transaction.
 *
 * <p>Placing a person runs the eligibility rules of the election's type on the seat's task date (only "alive" when the
 * task type waives validation) and the time-conflict rule across all elections. The person's row is locked while that
 * is checked, so two admins cannot give one person two overlapping seats at once; the seat's version makes sure two
 * admins cannot give one seat to two people.
 *
 * <p>Invitations, confirmations and removal notices are not sent here: the communication capability sends them from
 * the seats' states.
 */
@ApplicationScoped
public class TaskService implements DistributeTasksUseCase, ListTaskSlotsUseCase, ListTasksUseCase, AssignTaskUseCase,
        AcceptTaskUseCase, ReleaseTaskUseCase, ListParticipantTasksUseCase {
    static final String OBJECT_TYPE = "TASK";

    private final TaskRepository tasks;
    private final ElectionRepository elections;
    private final ElectionTypeRepository electionTypes;
    private final WorkLocationRepository workLocations;
    private final TaskTypeRepository taskTypes;
    private final TeamRepository teams;
    private final ParticipantRepository participants;
    private final CprRefreshRecords checks;
    private final TenantContext tenantContext;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public TaskService(TaskRepository tasks, ElectionRepository elections, ElectionTypeRepository electionTypes,
                       WorkLocationRepository workLocations, TaskTypeRepository taskTypes, TeamRepository teams,
                       ParticipantRepository participants, CprRefreshRecords checks, TenantContext tenantContext,
                       AuditTrail auditTrail, Clock clock) {
        this.tasks = tasks;
        this.elections = elections;
        this.electionTypes = electionTypes;
        this.workLocations = workLocations;
        this.taskTypes = taskTypes;
        this.teams = teams;
        this.participants = participants;
        this.checks = checks;
        this.tenantContext = tenantContext;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    private TaskNames names() {
        return new TaskNames(workLocations, taskTypes, teams);
    }

    @Override
    @Transactional
    public TaskSlotView distributeTasks(DistributeTasksCommand c) {
        TaskSlot slot = c.slot();
        // The election's row lock serialises distributions of one election: two admins cannot both add the same seats.
        Election election = elections.lockById(slot.election()).orElseThrow(() -> new ElectionNotFoundException(slot.election()));
        TaskNames names = names();
        WorkLocation location = names.location(slot.workLocation());
        slot.ensureOfferedBy(election, location);
        names.type(slot.taskType());
        names.team(slot.team());
        List<Task> seats = tasks.findBySlot(slot);
        TaskDistribution plan = TaskDistribution.of(slot, seats, c.count());
        if (!plan.changesNothing()) {
            tasks.remove(plan.removed());
            tasks.add(plan.added());
            auditTrail.record(AuditAction.TASKS_DISTRIBUTED, OBJECT_TYPE, slot.election(), election.title() + ": "
                    + names.describe(slot) + ": " + seats.size() + " → " + c.count() + " seats");
        }
        return names.slotView(slot, tasks.findBySlot(slot));
    }

    @Override
    @Transactional
    public List<TaskSlotView> listTaskSlots(TaskSlotFilter filter) {
        requireElection(filter);
        TaskNames names = names();
        Map<TaskSlot, List<Task>> bySlot = new LinkedHashMap<>();
        tasks.findByElection(filter.election()).stream().filter(matching(filter))
                .forEach(t -> bySlot.computeIfAbsent(t.slot(), k -> new java.util.ArrayList<>()).add(t));
        return bySlot.entrySet().stream().sorted(Map.Entry.comparingByKey(names.slotOrder()))
                .map(e -> names.slotView(e.getKey(), e.getValue())).toList();
    }

    @Override
    @Transactional
    public List<TaskView> listTasks(TaskSlotFilter filter) {
        requireElection(filter);
        TaskNames names = names();
        List<Task> seats = tasks.findByElection(filter.election()).stream().filter(matching(filter))
                .filter(t -> filter.status() == null || t.status() == filter.status())
                .sorted(Comparator.comparing(Task::slot, names.slotOrder())
                        .thenComparing(t -> !t.taken())
                        .thenComparing(t -> t.id().value()))
                .toList();
        List<ParticipantId> holders = TaskNames.holders(seats);
        return names.views(seats, participants,
                holders.isEmpty() ? Map.of() : checks.latest(filter.election(), holders));
    }

    @Override
    @Transactional
    public TaskView assignTask(AssignTaskCommand c) {
        Task task = current(c.task(), c.expectedVersion());
        Participant person = participants.lockById(c.participant())
                .orElseThrow(() -> new ParticipantNotFoundException(c.participant()));
        TaskNames names = names();
        TaskSlot slot = task.slot();
        Election election = elections.findById(slot.election())
                .orElseThrow(() -> new ElectionNotFoundException(slot.election()));
        ElectionType type = electionTypes.findById(election.type())
                .orElseThrow(() -> new ElectionTypeNotFoundException(election.type()));
        Eligibility eligibility = person.eligibility(type.rules(), slot.date(),
                tenantContext.tenant().municipalityCode(), names.type(slot.taskType()).details().validationNotRequired());
        if (!eligibility.eligible()) {
            throw new ParticipantIneligibleException(eligibility.failures());
        }
        List<TaskWindow> held = tasks.findHeldBy(List.of(person.id())).stream().map(names::window).toList();
        names.window(task).ensureNoConflictWith(held);
        task.assign(person.id(), clock.instant());
        tasks.update(task);
        if (person.joinTeam(slot.team())) {
            participants.update(person);
        }
        auditTrail.record(AuditAction.TASK_ASSIGNED, OBJECT_TYPE, task.id(),
                names.describe(slot) + ": " + describe(person));
        return names.view(reread(task.id()), person);
    }

    @Override
    @Transactional
    public TaskView acceptTaskOnBehalf(TaskVersionCommand c) {
        Task task = current(c.task(), c.expectedVersion());
        task.accept(clock.instant());
        tasks.update(task);
        TaskNames names = names();
        Participant person = holder(task);
        auditTrail.record(AuditAction.TASK_ACCEPTED_ON_BEHALF, OBJECT_TYPE, task.id(),
                names.describe(task.slot()) + ": " + describe(person) + " said yes to the office");
        return names.view(reread(task.id()), person);
    }

    @Override
    @Transactional
    public TaskView releaseTask(TaskVersionCommand c) {
        Task task = current(c.task(), c.expectedVersion());
        Participant person = holder(task);
        Task.Release release = task.release();
        tasks.update(task);
        TaskNames names = names();
        auditTrail.record(AuditAction.TASK_RELEASED, OBJECT_TYPE, task.id(), names.describe(task.slot()) + ": "
                + describe(person) + " taken off (had " + release.had().name().toLowerCase(java.util.Locale.ROOT) + ")");
        return names.view(reread(task.id()), null);
    }

    @Override
    @Transactional
    public List<TaskView> listParticipantTasks(ParticipantId participant) {
        participants.findById(participant).orElseThrow(() -> new ParticipantNotFoundException(participant));
        TaskNames names = names();
        List<Task> held = tasks.findHeldBy(List.of(participant)).stream()
                .sorted(Comparator.comparing((Task t) -> t.slot().date()).reversed()
                        .thenComparing(Task::slot, names.slotOrder()))
                .toList();
        return names.views(held, participants, Map.of());
    }

    private void requireElection(TaskSlotFilter filter) {
        elections.findById(filter.election()).orElseThrow(() -> new ElectionNotFoundException(filter.election()));
    }

    private static Predicate<Task> matching(TaskSlotFilter f) {
        return t -> (f.workLocation() == null || t.slot().workLocation().equals(f.workLocation()))
                && (f.taskType() == null || t.slot().taskType().equals(f.taskType()))
                && (f.team() == null || t.slot().team().equals(f.team()))
                && (f.date() == null || t.slot().date().equals(f.date()));
    }

    private Task current(TaskId id, long expectedVersion) {
        Task task = tasks.findById(id).orElseThrow(() -> new TaskNotFoundException(id));
        if (task.version() != expectedVersion) {
            throw new ConcurrentModificationException("task", id);
        }
        return task;
    }

    private Task reread(TaskId id) {
        return tasks.findById(id).orElseThrow(() -> new TaskNotFoundException(id));
    }

    private Participant holder(Task task) {
        return task.participant().flatMap(participants::findById).orElse(null);
    }

    private static String describe(Participant p) {
        return p == null ? "(nobody)" : p.auditLabel();
    }
}
