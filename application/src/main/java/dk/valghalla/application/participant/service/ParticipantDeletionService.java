package dk.valghalla.application.participant.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.participant.port.in.DeleteParticipantCommand;
import dk.valghalla.application.participant.port.in.DeleteParticipantUseCase;
import dk.valghalla.application.participant.port.in.DeleteParticipantsCommand;
import dk.valghalla.application.participant.port.in.DeleteParticipantsUseCase;
import dk.valghalla.application.participant.port.in.PreviewParticipantDeletionUseCase;
import dk.valghalla.application.participant.port.in.PreviewParticipantsDeletionUseCase;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.participant.port.out.ParticipantSeats;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantNotFoundException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.Consequence;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deleting participants, one or many, by the confirm-before-destroy protocol: the preview warns of the rights that go
 * and the seats that will be freed; only a confirmed request deletes. The seats the people held stay, free, for
 * others. Every deletion is audited.
 */
@ApplicationScoped
public class ParticipantDeletionService implements PreviewParticipantDeletionUseCase, DeleteParticipantUseCase,
        PreviewParticipantsDeletionUseCase, DeleteParticipantsUseCase {
    private static final String OBJECT_TYPE = ParticipantService.OBJECT_TYPE;

    private final ParticipantRepository participants;
    private final ParticipantSeats seats;
    private final AuditTrail auditTrail;

    public ParticipantDeletionService(ParticipantRepository participants, ParticipantSeats seats, AuditTrail auditTrail) {
        this.participants = participants;
        this.seats = seats;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional
    public Consequences previewParticipantDeletion(ParticipantId id) {
        Participant participant = find(id);
        return participant.consequencesOfDeletion(seats.heldBy(List.of(participant.id())).size());
    }

    @Override
    @Transactional
    public void deleteParticipant(DeleteParticipantCommand command) {
        Participant participant = find(command.id());
        int held = seats.heldBy(List.of(participant.id())).size();
        if (!command.confirmed()) {
            throw new ConfirmationRequiredException(participant.consequencesOfDeletion(held));
        }
        int freed = seats.freeAllHeldBy(List.of(participant.id()));
        participants.removeAll(List.of(participant.id()));
        auditTrail.record(AuditAction.PARTICIPANT_DELETED, OBJECT_TYPE, participant.id(), participant.auditLabel()
                + (freed > 0 ? " (" + freed + " seat(s) freed)" : ""));
    }

    @Override
    @Transactional
    public Consequences previewParticipantsDeletion(Set<ParticipantId> ids) {
        List<Participant> doomed = existingAll(ids);
        return consequencesOfDeleting(doomed, heldBy(doomed));
    }

    @Override
    @Transactional
    public int deleteParticipants(DeleteParticipantsCommand command) {
        List<Participant> doomed = existingAll(command.ids());
        List<ParticipantSeats.HeldSeat> held = heldBy(doomed);
        if (!command.confirmed()) {
            throw new ConfirmationRequiredException(consequencesOfDeleting(doomed, held));
        }
        seats.freeAllHeldBy(doomed.stream().map(Participant::id).toList());
        participants.removeAll(doomed.stream().map(Participant::id).toList());
        doomed.forEach(p -> auditTrail.record(AuditAction.PARTICIPANT_DELETED, OBJECT_TYPE, p.id(),
                p.auditLabel() + " (bulk deletion of " + doomed.size() + ")"));
        return doomed.size();
    }

    /** All of them, or a refusal: a bulk action never acts on a part of what the person chose. */
    private List<Participant> existingAll(Set<ParticipantId> ids) {
        if (ids.isEmpty()) {
            throw new InvalidValueException("participantIds", "participants.none_chosen", "Choose at least one participant");
        }
        if (ids.size() > DeleteParticipantsCommand.MAX) {
            throw new InvalidValueException("participantIds", "participants.too_many",
                    "At most " + DeleteParticipantsCommand.MAX + " participants at a time");
        }
        List<Participant> found = participants.findAll(ids);
        if (found.size() != ids.size()) {
            Set<ParticipantId> missing = new HashSet<>(ids);
            found.forEach(p -> missing.remove(p.id()));
            throw new ParticipantNotFoundException(missing.iterator().next());
        }
        return found;
    }

    private List<ParticipantSeats.HeldSeat> heldBy(Collection<Participant> doomed) {
        return seats.heldBy(doomed.stream().map(Participant::id).toList());
    }

    private static Consequences consequencesOfDeleting(Collection<Participant> doomed,
                                                       List<ParticipantSeats.HeldSeat> held) {
        List<Consequence> warnings = new ArrayList<>();
        warnings.add(Consequence.of("participants.deleted", "count", doomed.size()));
        if (!held.isEmpty()) {
            warnings.add(Consequence.of("participants.hold_tasks", "count", held.size()));
        }
        long teamResponsibles = doomed.stream().filter(p -> !p.responsibleForTeams().isEmpty()).count();
        if (teamResponsibles > 0) {
            warnings.add(Consequence.of("participants.team_responsibles", "count", teamResponsibles));
        }
        long locationResponsibles = doomed.stream().filter(p -> !p.responsibleForWorkLocations().isEmpty()).count();
        if (locationResponsibles > 0) {
            warnings.add(Consequence.of("participants.work_location_responsibles", "count", locationResponsibles));
        }
        return new Consequences(List.of(), warnings);
    }

    private Participant find(ParticipantId id) {
        return participants.findById(id).orElseThrow(() -> new ParticipantNotFoundException(id));
    }
}
