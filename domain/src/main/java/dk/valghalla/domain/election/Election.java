package dk.valghalla.domain.election;

import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.shared.Consequence;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.shared.Texts;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An election (<i>valg</i>): its title, type, lock period, period and election day, and the work locations that take
 * part. A new election is inactive; participants see only active elections. Several elections may be active at once.
 *
 * <p>What may change depends on whether the election is active. While it is inactive everything may change. While it
 * is active, participants may already hold its tasks, so its type, its period and its election day stay as they are
 * and work locations may be added but not removed (OS2valghalla froze these even for inactive elections; the tasks
 * that make them risky arrive only with activation or distribution). An active election cannot be deleted, and an
 * election whose period has ended cannot be activated (the daily job would switch it off at once).
 */
public final class Election {
    public static final int TITLE_MAX = 255;
    public static final int LOCK_PERIOD_MAX_DAYS = 365;

    private final ElectionId id;
    private String title;
    private ElectionTypeId type;
    private int lockPeriodDays;
    private ElectionPeriod period;
    private Set<WorkLocationId> workLocations;
    private boolean active;
    private final long version;

    private Election(ElectionId id, String title, ElectionTypeId type, int lockPeriodDays, ElectionPeriod period,
                     Set<WorkLocationId> workLocations, boolean active, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Texts.required("title", title, TITLE_MAX);
        this.type = requireType(type);
        this.lockPeriodDays = checkLockPeriod(lockPeriodDays);
        this.period = Objects.requireNonNull(period, "period");
        this.workLocations = Set.copyOf(workLocations == null ? Set.of() : workLocations);
        this.active = active;
        this.version = version;
    }

    /** A new, inactive election with at least one work location. */
    public static Election create(String title, ElectionTypeId type, int lockPeriodDays, ElectionPeriod period,
                                  Set<WorkLocationId> workLocations) {
        return new Election(ElectionId.newId(), title, type, lockPeriodDays, period, requireSome(workLocations),
                false, 0);
    }

    public static Election reconstitute(ElectionId id, String title, ElectionTypeId type, int lockPeriodDays,
                                        ElectionPeriod period, Set<WorkLocationId> workLocations, boolean active,
                                        long version) {
        return new Election(id, title, type, lockPeriodDays, period, workLocations, active, version);
    }

    /**
     * Changes the election. While it is active only the title, the lock period and additional work locations are
     * accepted; anything else is refused with {@link ElectionActiveException}.
     */
    public void revise(String newTitle, ElectionTypeId newType, int newLockPeriodDays, ElectionPeriod newPeriod,
                       Set<WorkLocationId> newWorkLocations) {
        String title = Texts.required("title", newTitle, TITLE_MAX);
        ElectionTypeId type = requireType(newType);
        int lockPeriod = checkLockPeriod(newLockPeriodDays);
        ElectionPeriod period = Objects.requireNonNull(newPeriod, "period");
        Set<WorkLocationId> locations = requireSome(newWorkLocations);
        if (active) {
            if (!type.equals(this.type)) {
                throw ElectionActiveException.cannotChange(id, "type");
            }
            if (!period.equals(this.period)) {
                throw ElectionActiveException.cannotChange(id, "period");
            }
            if (!locations.containsAll(this.workLocations)) {
                throw ElectionActiveException.cannotChange(id, "work_locations_removed");
            }
        }
        this.title = title;
        this.type = type;
        this.lockPeriodDays = lockPeriod;
        this.period = period;
        this.workLocations = locations;
    }

    /**
     * Opens the election to participants.
     *
     * @return false if it was already active (nothing changed)
     */
    public boolean activate(LocalDate today) {
        if (active) {
            return false;
        }
        if (period.isOverOn(today)) {
            throw new ElectionPeriodEndedException(id, period.end());
        }
        active = true;
        return true;
    }

    /** @return false if it was already inactive (nothing changed) */
    public boolean deactivate() {
        if (!active) {
            return false;
        }
        active = false;
        return true;
    }

    /**
     * A new, inactive election with this one's structure (the chosen subset of its work locations) around a new
     * election day. People are never copied.
     *
     * @param workLocations the locations to take along; each must take part in this election
     */
    public Election duplicate(String newTitle, ElectionTypeId newType, int newLockPeriodDays, ElectionPeriod newPeriod,
                              Set<WorkLocationId> workLocations) {
        Set<WorkLocationId> chosen = requireSome(workLocations);
        if (!this.workLocations.containsAll(chosen)) {
            Set<WorkLocationId> foreign = new HashSet<>(chosen);
            foreign.removeAll(this.workLocations);
            throw new InvalidValueException("workLocationIds", "election.work_location_not_in_source",
                    "Work location(s) " + foreign + " do not take part in the election being duplicated");
        }
        return create(newTitle, newType, newLockPeriodDays, newPeriod, chosen);
    }

    /** Deleting an active election is blocked; deleting an inactive one removes it for good (a warning). */
    public Consequences consequencesOfDeletion() {
        if (active) {
            return new Consequences(List.of(Consequence.of("election.active")), List.of());
        }
        return new Consequences(List.of(), List.of(Consequence.of("election.deleted_for_good", "title", title)));
    }

    public void ensureDeletable() {
        if (active) {
            throw ElectionActiveException.cannotDelete(id);
        }
    }

    /**
     * Whether a task on {@code taskDate} is locked on {@code today}: from {@code lockPeriodDays} days before it,
     * participants can no longer sign up or off by themselves and must call the election office.
     */
    public boolean isLocked(LocalDate taskDate, LocalDate today) {
        return !today.plusDays(lockPeriodDays).isBefore(taskDate);
    }

    private static ElectionTypeId requireType(ElectionTypeId type) {
        if (type == null) {
            throw new InvalidValueException("electionTypeId", "text.required", "electionTypeId is required");
        }
        return type;
    }

    private static int checkLockPeriod(int days) {
        if (days < 1 || days > LOCK_PERIOD_MAX_DAYS) {
            throw new InvalidValueException("lockPeriodDays", "election.lock_period_invalid",
                    "lockPeriodDays must be between 1 and " + LOCK_PERIOD_MAX_DAYS);
        }
        return days;
    }

    private static Set<WorkLocationId> requireSome(Set<WorkLocationId> workLocations) {
        if (workLocations == null || workLocations.isEmpty()) {
            throw new InvalidValueException("workLocationIds", "election.work_locations_required",
                    "An election needs at least one work location");
        }
        return Set.copyOf(workLocations);
    }

    public ElectionId id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ElectionTypeId type() {
        return type;
    }

    public int lockPeriodDays() {
        return lockPeriodDays;
    }

    public ElectionPeriod period() {
        return period;
    }

    public LocalDate electionDate() {
        return period.electionDate();
    }

    public Set<WorkLocationId> workLocations() {
        return workLocations;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
