package dk.valghalla.application.participant.port.out;

import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.electiontype.EligibilityRule;
import dk.valghalla.domain.participant.CprRefreshRun;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.SealedCpr;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The current tenant's CPR refresh: the passes, their progress, and the latest outcome per participant and election. */
public interface CprRefreshRecords {
    /** An active election as the refresh needs it: the day and the rules to judge on. */
    record ActiveElection(ElectionId id, String title, LocalDate electionDay, Set<EligibilityRule> rules) {
        public ActiveElection {
            rules = Set.copyOf(rules);
        }
    }

    /** A participant to refresh: the id (the order of the pass) and the sealed CPR number. */
    record Candidate(ParticipantId id, SealedCpr cpr) {
    }

    List<ActiveElection> activeElections();

    /** The pass that has not reached its end, if any (there is at most one). */
    Optional<CprRefreshRun> openRun();

    void addRun(CprRefreshRun run);

    /** Stores the progress and counters (and the end) of a pass. */
    void updateRun(CprRefreshRun run);

    /** Up to {@code limit} participants with ids after {@code after} (all when empty), in id order. */
    List<Candidate> participantsAfter(Optional<ParticipantId> after, int limit);

    /** Replaces the outcome kept for the participant and election. */
    void record(ParticipantValidation validation);

    /** The latest outcomes for an election that would make a seat fail (for the task capability). */
    List<ParticipantValidation> failing(ElectionId election);

    /** The latest outcome for the election of each of these participants that has one (for the participant list). */
    Map<ParticipantId, ParticipantValidation> latest(ElectionId election, Collection<ParticipantId> participants);
}
