package dk.valghalla.application.task.service;

import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.task.port.in.TaskSlotView;
import dk.valghalla.application.task.port.in.TaskView;
import dk.valghalla.application.tasktype.port.out.TaskTypeRepository;
import dk.valghalla.application.team.port.out.TeamRepository;
import dk.valghalla.application.worklocation.port.out.WorkLocationRepository;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.shared.DanishCollation;
import dk.valghalla.domain.task.Task;
import dk.valghalla.domain.task.TaskSlot;
import dk.valghalla.domain.task.TaskStatus;
import dk.valghalla.domain.task.TaskWindow;
import dk.valghalla.domain.tasktype.TaskType;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.tasktype.TaskTypeNotFoundException;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.team.TeamNotFoundException;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationId;
import dk.valghalla.domain.worklocation.WorkLocationNotFoundException;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the work locations, task types, teams and people that seats refer to, each once per use case, and turns seats
 * into what an admin reads, in the order they are shown: work location (Danish order), day, task type, team.
 */
final class TaskNames {
    private final WorkLocationRepository workLocations;
    private final TaskTypeRepository taskTypes;
    private final TeamRepository teams;
    private final Map<WorkLocationId, WorkLocation> locationCache = new HashMap<>();
    private final Map<TaskTypeId, TaskType> typeCache = new HashMap<>();
    private final Map<TeamId, Team> teamCache = new HashMap<>();

    TaskNames(WorkLocationRepository workLocations, TaskTypeRepository taskTypes, TeamRepository teams) {
        this.workLocations = workLocations;
        this.taskTypes = taskTypes;
        this.teams = teams;
    }

    WorkLocation location(WorkLocationId id) {
        return locationCache.computeIfAbsent(id,
                k -> workLocations.findById(k).orElseThrow(() -> new WorkLocationNotFoundException(k)));
    }

    TaskType type(TaskTypeId id) {
        return typeCache.computeIfAbsent(id, k -> taskTypes.findById(k).orElseThrow(() -> new TaskTypeNotFoundException(k)));
    }

    Team team(TeamId id) {
        return teamCache.computeIfAbsent(id, k -> teams.findById(k).orElseThrow(() -> new TeamNotFoundException(k)));
    }

    TaskWindow window(Task task) {
        TaskType type = type(task.slot().taskType());
        return new TaskWindow(task.id(), task.slot().date(), type.details().startTime(), type.details().endTime());
    }

    Comparator<TaskSlot> slotOrder() {
        return Comparator.comparing((TaskSlot s) -> location(s.workLocation()), DanishCollation.comparing(WorkLocation::title))
                .thenComparing(TaskSlot::date)
                .thenComparing(s -> type(s.taskType()), DanishCollation.comparing(TaskType::title))
                .thenComparing(s -> team(s.team()), DanishCollation.comparing(Team::name))
                .thenComparing(s -> s.workLocation().value())
                .thenComparing(s -> s.taskType().value())
                .thenComparing(s -> s.team().value());
    }

    TaskSlotView slotView(TaskSlot slot, Collection<Task> seats) {
        WorkLocation location = location(slot.workLocation());
        Map<TaskStatus, Long> counts = seats.stream().collect(Collectors.groupingBy(Task::status, Collectors.counting()));
        return new TaskSlotView(slot, location.title(), location.details().votingAreaNumber(),
                type(slot.taskType()).title(), team(slot.team()).name(), seats.size(),
                counts.getOrDefault(TaskStatus.FREE, 0L).intValue(),
                counts.getOrDefault(TaskStatus.AWAITING_REPLY, 0L).intValue(),
                counts.getOrDefault(TaskStatus.ACCEPTED, 0L).intValue());
    }

    /**
     * The views of seats, with the people who hold them read in one go.
     *
     * @param checks the latest CPR refresh outcome per holder (for the seats' election), where known
     */
    List<TaskView> views(List<Task> seats, ParticipantRepository participants,
                         Map<ParticipantId, ParticipantValidation> checks) {
        List<ParticipantId> holders = holders(seats);
        Map<ParticipantId, Participant> people = holders.isEmpty() ? Map.of()
                : participants.findAll(holders).stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        return seats.stream().map(t -> view(t, t.participant().map(people::get).orElse(null),
                t.participant().map(checks::get).orElse(null))).toList();
    }

    static List<ParticipantId> holders(List<Task> seats) {
        return seats.stream().flatMap(t -> t.participant().stream()).distinct().toList();
    }

    TaskView view(Task task, Participant holder) {
        return view(task, holder, null);
    }

    private TaskView view(Task task, Participant holder, ParticipantValidation check) {
        TaskType type = type(task.slot().taskType());
        return new TaskView(task, location(task.slot().workLocation()).title(), type.title(), type.details().startTime(),
                type.details().endTime(), team(task.slot().team()).name(),
                holder == null ? null : holder.name(),
                holder != null && holder.person().addressProtected(), holder == null ? null : check);
    }

    /** "Rådhuset, Tilforordnet, Venstre, 2027-03-02" for the audit log. */
    String describe(TaskSlot slot) {
        return location(slot.workLocation()).title() + ", " + type(slot.taskType()).title() + ", "
                + team(slot.team()).name() + ", " + slot.date();
    }
}
