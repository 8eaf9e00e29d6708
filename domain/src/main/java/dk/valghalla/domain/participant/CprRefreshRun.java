package dk.valghalla.domain.participant;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One pass of the periodic CPR refresh over a municipality's participants, in id order. It remembers the last
 * participant done, so that a pass interrupted by a restart or an outage of the register continues after it instead
 * of starting over (and paying for the look-ups again). The counters add up over every part of the pass.
 */
public final class CprRefreshRun {
    private final UUID id;
    private final Instant startedAt;
    private ParticipantId lastDone;
    private int participants;
    private int eligible;
    private int ineligible;
    private int notInCpr;
    private int changed;
    private Instant finishedAt;

    private CprRefreshRun(UUID id, Instant startedAt, ParticipantId lastDone, int participants, int eligible,
                          int ineligible, int notInCpr, int changed, Instant finishedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.lastDone = lastDone;
        this.participants = participants;
        this.eligible = eligible;
        this.ineligible = ineligible;
        this.notInCpr = notInCpr;
        this.changed = changed;
        this.finishedAt = finishedAt;
    }

    public static CprRefreshRun start(Instant now) {
        return new CprRefreshRun(UUID.randomUUID(), now, null, 0, 0, 0, 0, 0, null);
    }

    public static CprRefreshRun reconstitute(UUID id, Instant startedAt, ParticipantId lastDone, int participants,
                                             int eligible, int ineligible, int notInCpr, int changed, Instant finishedAt) {
        return new CprRefreshRun(id, startedAt, lastDone, participants, eligible, ineligible, notInCpr, changed,
                finishedAt);
    }

    /**
     * One more participant is done (participants are done in id order).
     *
     * @param outcome     the worst outcome over the active elections: {@code NOT_IN_CPR}, else {@code INELIGIBLE}
     *                    if any election's rules fail, else {@code ELIGIBLE}
     * @param dataChanged whether the register's data differed from what was kept
     */
    public void done(ParticipantId participant, ValidationOutcome outcome, boolean dataChanged) {
        if (finishedAt != null) {
            throw new IllegalStateException("The run is finished");
        }
        lastDone = Objects.requireNonNull(participant, "participant");
        participants++;
        switch (outcome) {
            case ELIGIBLE -> eligible++;
            case INELIGIBLE -> ineligible++;
            case NOT_IN_CPR -> notInCpr++;
        }
        if (dataChanged) {
            changed++;
        }
    }

    /** A participant that vanished before its data could be kept: passed over, not counted. */
    public void skip(ParticipantId participant) {
        lastDone = Objects.requireNonNull(participant, "participant");
    }

    public void finish(Instant now) {
        finishedAt = Objects.requireNonNull(now, "now");
    }

    /** "412 participants: 400 eligible, 10 ineligible, 2 not in CPR; 7 with changed CPR data". */
    public String summary() {
        return participants + " participants: " + eligible + " eligible, " + ineligible + " ineligible, " + notInCpr
                + " not in CPR; " + changed + " with changed CPR data";
    }

    public UUID id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The last participant done; empty before the first. */
    public Optional<ParticipantId> lastDone() {
        return Optional.ofNullable(lastDone);
    }

    public int participants() {
        return participants;
    }

    public int eligible() {
        return eligible;
    }

    public int ineligible() {
        return ineligible;
    }

    public int notInCpr() {
        return notInCpr;
    }

    public int changed() {
        return changed;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
