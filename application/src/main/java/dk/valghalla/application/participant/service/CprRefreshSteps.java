package dk.valghalla.application.participant.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.participant.port.out.CprRefreshRecords;
import dk.valghalla.application.participant.port.out.CprRefreshRecords.ActiveElection;
import dk.valghalla.application.participant.port.out.CprRefreshRecords.Candidate;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.participant.port.out.ParticipantSeats;
import dk.valghalla.application.participant.port.out.ParticipantSeats.HeldSeat;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.participant.CprRefreshRun;
import dk.valghalla.domain.participant.Eligibility;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonFacts;
import dk.valghalla.domain.participant.PersonSnapshot;
import dk.valghalla.domain.participant.ValidationOutcome;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.tenant.MunicipalityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The database steps of the CPR refresh for the current municipality, each in a transaction of its own, so that the
 * register calls between them hold no connection and a crash loses at most the batch in hand.
 */
@ApplicationScoped
public class CprRefreshSteps {
    static final String RUN_OBJECT_TYPE = "CPR_REFRESH";

    /** The answer of the register for one participant: a person, "not known", or no answer (try again later). */
    public record Answer(Candidate candidate, Person person, Instant fetchedAt, boolean notInCpr) {
        static Answer found(Candidate c, Person p, Instant at) {
            return new Answer(c, p, at, false);
        }

        static Answer notFound(Candidate c) {
            return new Answer(c, null, null, true);
        }

        static Answer unavailable(Candidate c) {
            return new Answer(c, null, null, false);
        }

        boolean unavailable() {
            return person == null && !notInCpr;
        }
    }

    /** What a pass works on: its run and the active elections (none: nothing to do). */
    public record Plan(CprRefreshRun run, List<ActiveElection> elections) {
    }

    private final CprRefreshRecords records;
    private final ParticipantRepository participants;
    private final ParticipantSeats seats;
    private final TenantContext tenantContext;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public CprRefreshSteps(CprRefreshRecords records, ParticipantRepository participants, ParticipantSeats seats,
                           TenantContext tenantContext, AuditTrail auditTrail, Clock clock) {
        this.records = records;
        this.participants = participants;
        this.seats = seats;
        this.tenantContext = tenantContext;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The open pass, or a new one; empty while no election is active (an open pass then waits). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Plan> begin() {
        List<ActiveElection> elections = records.activeElections();
        if (elections.isEmpty()) {
            return Optional.empty();
        }
        CprRefreshRun run = records.openRun().orElseGet(() -> {
            CprRefreshRun fresh = CprRefreshRun.start(clock.instant());
            records.addRun(fresh);
            return fresh;
        });
        return Optional.of(new Plan(run, elections));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Candidate> nextBatch(Optional<ParticipantId> after, int size) {
        return records.participantsAfter(after, size);
    }

    /**
     * Keeps the answers of one batch: the new CPR data, the outcome per active election, the progress. Answers must
     * be in id order and hold no unavailable one (the pass stops before it).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keep(CprRefreshRun run, List<ActiveElection> elections, List<Answer> answers) {
        MunicipalityCode municipality = tenantContext.tenant().municipalityCode();
        Map<ParticipantId, Participant> stored = participants.findAll(answers.stream().map(a -> a.candidate().id())
                .toList()).stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        Map<ParticipantId, List<HeldSeat>> seatsOf = seats.heldBy(stored.keySet()).stream()
                .collect(Collectors.groupingBy(HeldSeat::participant));
        Instant checkedAt = clock.instant();
        for (Answer answer : answers) {
            if (answer.unavailable()) {
                throw new IllegalArgumentException("An unavailable answer is not kept");
            }
            Participant participant = stored.get(answer.candidate().id());
            if (participant == null) {
                run.skip(answer.candidate().id()); // deleted meanwhile: nothing to keep
                continue;
            }
            ValidationOutcome worst = ValidationOutcome.ELIGIBLE;
            boolean changed = false;
            if (answer.notInCpr()) {
                worst = ValidationOutcome.NOT_IN_CPR;
                for (ActiveElection e : elections) {
                    records.record(ParticipantValidation.notInCpr(participant.id(), e.id(), e.electionDay(), checkedAt));
                }
            } else {
                PersonSnapshot fresh = PersonSnapshot.of(answer.person(), answer.fetchedAt());
                changed = !participant.person().sameDataAs(fresh);
                participant.refreshPerson(fresh);
                participants.update(participant);
                if (changed) {
                    auditTrail.recordAs(Actor.SYSTEM, AuditAction.PARTICIPANT_CPR_DATA_CHANGED,
                            ParticipantService.OBJECT_TYPE, participant.id(), participant.auditLabel()
                                    + ": new data from the CPR register");
                }
                for (ActiveElection e : elections) {
                    ParticipantValidation validation = judge(participant.id(), fresh, e,
                            seatsOf.getOrDefault(participant.id(), List.of()), municipality, checkedAt);
                    records.record(validation);
                    if (validation.failing()) {
                        worst = ValidationOutcome.INELIGIBLE;
                    }
                }
            }
            run.done(participant.id(), worst, changed);
        }
        records.updateRun(run);
    }

    /**
     * Judges a person for an election: on each seat the person holds in it (its task date; only "alive" when its task
     * type waives the rules), keeping the earliest failing seat, else the earliest seat; on the election day when the
     * person holds no seat there.
     */
    static ParticipantValidation judge(ParticipantId participant, PersonFacts person, ActiveElection election,
                                       List<HeldSeat> held, MunicipalityCode municipality, Instant checkedAt) {
        List<HeldSeat> inElection = held.stream().filter(s -> s.election().equals(election.id()))
                .sorted(Comparator.comparing(HeldSeat::date)).toList();
        if (inElection.isEmpty()) {
            return ParticipantValidation.judged(participant, election.id(), election.electionDay(), checkedAt,
                    Eligibility.of(person, election.rules(), election.electionDay(), municipality, false));
        }
        ParticipantValidation first = null;
        for (HeldSeat seat : inElection) {
            ParticipantValidation v = ParticipantValidation.judged(participant, election.id(), seat.date(), checkedAt,
                    Eligibility.of(person, election.rules(), seat.date(), municipality, seat.validationWaived()));
            if (v.failing()) {
                return v;
            }
            if (first == null) {
                first = v;
            }
        }
        return first;
    }

    /** The pass reached the last participant: it ends, with one audit entry for all of it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(CprRefreshRun run, List<ActiveElection> elections) {
        run.finish(clock.instant());
        records.updateRun(run);
        auditTrail.recordAs(Actor.SYSTEM, AuditAction.CPR_REFRESH_COMPLETED, RUN_OBJECT_TYPE, run.id(),
                "CPR refresh for " + elections.stream().map(e -> e.title() + " (" + e.electionDay() + ")")
                        .collect(Collectors.joining(", ")) + ": " + run.summary());
    }
}
