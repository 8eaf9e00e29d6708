package dk.valghalla.domain.election;

import dk.valghalla.domain.shared.InvalidValueException;

import java.time.LocalDate;

/**
 * When an election runs: its period (<i>valgperiode</i>, the days on which tasks can lie) and the election day
 * within it. The period starts before it ends, and the election day lies inside it (inclusive).
 */
public record ElectionPeriod(LocalDate start, LocalDate end, LocalDate electionDate) {
    /** The widest window a duplicate may take around its election day, in days on either side. */
    public static final int MAX_DAYS_AROUND_ELECTION_DAY = 365;

    public ElectionPeriod {
        if (start == null) {
            throw new InvalidValueException("periodStart", "date.required", "periodStart is required");
        }
        if (end == null) {
            throw new InvalidValueException("periodEnd", "date.required", "periodEnd is required");
        }
        if (electionDate == null) {
            throw new InvalidValueException("electionDate", "date.required", "electionDate is required");
        }
        if (!start.isBefore(end)) {
            throw new InvalidValueException("periodEnd", "election.period_invalid",
                    "The period must start before it ends");
        }
        if (electionDate.isBefore(start) || electionDate.isAfter(end)) {
            throw new InvalidValueException("electionDate", "election.date_outside_period",
                    "The election day must lie within the period");
        }
    }

    /** The period from {@code daysBefore} days before the election day to {@code daysAfter} days after it. */
    public static ElectionPeriod around(LocalDate electionDate, int daysBefore, int daysAfter) {
        if (electionDate == null) {
            throw new InvalidValueException("electionDate", "date.required", "electionDate is required");
        }
        checkDays("daysBefore", daysBefore);
        checkDays("daysAfter", daysAfter);
        if (daysBefore + daysAfter == 0) {
            throw new InvalidValueException("daysAfter", "election.period_invalid",
                    "The period must start before it ends");
        }
        return new ElectionPeriod(electionDate.minusDays(daysBefore), electionDate.plusDays(daysAfter), electionDate);
    }

    private static void checkDays(String field, int days) {
        if (days < 0 || days > MAX_DAYS_AROUND_ELECTION_DAY) {
            throw new InvalidValueException(field, "election.days_around_invalid",
                    field + " must be between 0 and " + MAX_DAYS_AROUND_ELECTION_DAY);
        }
    }

    /** Whether the period is over on {@code today} (the last day of the period still counts). */
    public boolean isOverOn(LocalDate today) {
        return EndedElection.isOver(end, today);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
