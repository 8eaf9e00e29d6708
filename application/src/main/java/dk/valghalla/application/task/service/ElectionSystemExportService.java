package dk.valghalla.application.task.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.election.port.out.ElectionRepository;
import dk.valghalla.application.participant.port.out.CprVault;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.task.port.in.ElectionSystemRow;
import dk.valghalla.application.task.port.in.ExportElectionSystemQuery;
import dk.valghalla.application.task.port.in.ExportElectionSystemUseCase;
import dk.valghalla.application.task.port.out.TaskRepository;
import dk.valghalla.application.tasktype.port.out.TaskTypeRepository;
import dk.valghalla.application.team.port.out.TeamRepository;
import dk.valghalla.application.worklocation.port.out.WorkLocationRepository;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionNotFoundException;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.shared.DanishCollation;
import dk.valghalla.domain.task.Task;
import dk.valghalla.domain.task.TaskStatus;
import dk.valghalla.domain.worklocation.WorkLocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The export to the national election system (inventory features 39-40): one row per accepted seat. Seats awaiting an
 * answer are left out: the election system lists the people who serve. The rows are few (the seats of one election),
 * so they are built in memory and written to the file outside the transaction.
 */
@ApplicationScoped
public class ElectionSystemExportService implements ExportElectionSystemUseCase {
    private final TaskRepository tasks;
    private final ElectionRepository elections;
    private final WorkLocationRepository workLocations;
    private final TaskTypeRepository taskTypes;
    private final TeamRepository teams;
    private final ParticipantRepository participants;
    private final CprVault vault;
    private final AuditTrail auditTrail;

    public ElectionSystemExportService(TaskRepository tasks, ElectionRepository elections,
                                       WorkLocationRepository workLocations, TaskTypeRepository taskTypes,
                                       TeamRepository teams, ParticipantRepository participants, CprVault vault,
                                       AuditTrail auditTrail) {
        this.tasks = tasks;
        this.elections = elections;
        this.workLocations = workLocations;
        this.taskTypes = taskTypes;
        this.teams = teams;
        this.participants = participants;
        this.vault = vault;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional
    public List<ElectionSystemRow> exportElectionSystem(ExportElectionSystemQuery q) {
        Election election = elections.findById(q.election()).orElseThrow(() -> new ElectionNotFoundException(q.election()));
        List<Task> accepted = tasks.findByElection(election.id()).stream()
                .filter(t -> t.status() == TaskStatus.ACCEPTED)
                .filter(t -> q.taskType() == null || t.slot().taskType().equals(q.taskType()))
                .filter(t -> q.workLocation() == null || t.slot().workLocation().equals(q.workLocation()))
                .filter(t -> q.date() == null || t.slot().date().equals(q.date()))
                .toList();
        Map<ParticipantId, Participant> people = accepted.isEmpty() ? Map.of()
                : participants.findAll(accepted.stream().map(t -> t.participant().orElseThrow()).distinct().toList())
                .stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        TaskNames names = new TaskNames(workLocations, taskTypes, teams);
        List<ElectionSystemRow> rows = accepted.stream().map(t -> {
            WorkLocation location = names.location(t.slot().workLocation());
            Participant p = people.get(t.participant().orElseThrow());
            return new ElectionSystemRow(location.details().votingAreaNumber(), location.title(), t.slot().date(),
                    names.type(t.slot().taskType()).title(), p.name(), p.person().birthDate(), vault.open(p.cpr()),
                    p.person().addressProtected());
        }).sorted(Comparator.comparing(ElectionSystemRow::votingArea, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DanishCollation.comparing(ElectionSystemRow::workLocation))
                .thenComparing(ElectionSystemRow::taskDate)
                .thenComparing(DanishCollation.comparing(ElectionSystemRow::taskType))
                .thenComparing(DanishCollation.comparing(ElectionSystemRow::name))).toList();
        auditTrail.record(AuditAction.ELECTION_SYSTEM_EXPORTED, TaskService.OBJECT_TYPE, election.id(),
                election.title() + ": " + rows.size() + " accepted seat(s) with whole CPR numbers, as " + q.format());
        return rows;
    }
}
