package dk.valghalla.domain.election;

import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.worklocation.WorkLocationId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElectionTest {
    private static final LocalDate ELECTION_DAY = LocalDate.of(2027, 3, 2);
    private final ElectionTypeId folketingsvalg = new ElectionTypeId(java.util.UUID.randomUUID());
    private final ElectionTypeId kommunalvalg = new ElectionTypeId(java.util.UUID.randomUUID());
    private final WorkLocationId raadhuset = WorkLocationId.newId();
    private final WorkLocationId skolen = WorkLocationId.newId();
    private final WorkLocationId hallen = WorkLocationId.newId();

    private static ElectionPeriod period() {
        return new ElectionPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31), ELECTION_DAY);
    }

    private Election election() {
        return Election.create(" Folketingsvalg 2027 ", folketingsvalg, 5, period(), Set.of(raadhuset, skolen));
    }

    @Test
    void aNewElectionIsInactiveAndHasItsStructure() {
        Election election = election();
        assertThat(election.title()).isEqualTo("Folketingsvalg 2027");
        assertThat(election.active()).isFalse();
        assertThat(election.type()).isEqualTo(folketingsvalg);
        assertThat(election.lockPeriodDays()).isEqualTo(5);
        assertThat(election.electionDate()).isEqualTo(ELECTION_DAY);
        assertThat(election.workLocations()).containsExactlyInAnyOrder(raadhuset, skolen);
    }

    @Test
    void anElectionNeedsATitleATypeALockPeriodAndAWorkLocation() {
        assertThatThrownBy(() -> Election.create(" ", folketingsvalg, 5, period(), Set.of(raadhuset)))
                .hasFieldOrPropertyWithValue("field", "title");
        assertThatThrownBy(() -> Election.create("Valg", null, 5, period(), Set.of(raadhuset)))
                .hasFieldOrPropertyWithValue("field", "electionTypeId");
        for (int days : new int[] {0, -1, 366}) {
            assertThatThrownBy(() -> Election.create("Valg", folketingsvalg, days, period(), Set.of(raadhuset)))
                    .as("lock period %d", days).hasFieldOrPropertyWithValue("code", "election.lock_period_invalid");
        }
        assertThatThrownBy(() -> Election.create("Valg", folketingsvalg, 5, period(), Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "election.work_locations_required");
        assertThatThrownBy(() -> Election.create("Valg", folketingsvalg, 5, period(), null))
                .hasFieldOrPropertyWithValue("field", "workLocationIds");
    }

    @Test
    void thePeriodStartsBeforeItEndsAndHoldsTheElectionDay() {
        LocalDate start = LocalDate.of(2027, 2, 1);
        LocalDate end = LocalDate.of(2027, 3, 31);
        assertThatThrownBy(() -> new ElectionPeriod(end, start, ELECTION_DAY))
                .hasFieldOrPropertyWithValue("code", "election.period_invalid");
        assertThatThrownBy(() -> new ElectionPeriod(start, start, start))
                .hasFieldOrPropertyWithValue("code", "election.period_invalid");
        assertThatThrownBy(() -> new ElectionPeriod(start, end, end.plusDays(1)))
                .hasFieldOrPropertyWithValue("code", "election.date_outside_period");
        assertThatThrownBy(() -> new ElectionPeriod(start, end, start.minusDays(1)))
                .hasFieldOrPropertyWithValue("field", "electionDate");
        assertThatThrownBy(() -> new ElectionPeriod(null, end, ELECTION_DAY)).hasFieldOrPropertyWithValue("field", "periodStart");
        assertThat(new ElectionPeriod(start, end, start).contains(start)).isTrue();
        assertThat(new ElectionPeriod(start, end, end).contains(end)).isTrue();
    }

    @Test
    void aPeriodAroundTheElectionDayIsBuiltFromDaysBeforeAndAfter() {
        ElectionPeriod period = ElectionPeriod.around(ELECTION_DAY, 30, 1);
        assertThat(period.start()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(period.end()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(ElectionPeriod.around(ELECTION_DAY, 0, 1).start()).isEqualTo(ELECTION_DAY);
        assertThatThrownBy(() -> ElectionPeriod.around(ELECTION_DAY, 0, 0))
                .hasFieldOrPropertyWithValue("code", "election.period_invalid");
        assertThatThrownBy(() -> ElectionPeriod.around(ELECTION_DAY, -1, 3))
                .hasFieldOrPropertyWithValue("code", "election.days_around_invalid");
        assertThatThrownBy(() -> ElectionPeriod.around(ELECTION_DAY, 1, 366))
                .hasFieldOrPropertyWithValue("field", "daysAfter");
    }

    @Test
    void anInactiveElectionMayChangeEverything() {
        Election election = election();
        ElectionPeriod later = new ElectionPeriod(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 20));
        election.revise("Kommunalvalg 2027", kommunalvalg, 3, later, Set.of(hallen));
        assertThat(election.title()).isEqualTo("Kommunalvalg 2027");
        assertThat(election.type()).isEqualTo(kommunalvalg);
        assertThat(election.period()).isEqualTo(later);
        assertThat(election.workLocations()).containsExactly(hallen);
    }

    @Test
    void anActiveElectionKeepsItsTypePeriodAndWorkLocationsButMayGrow() {
        Election election = election();
        election.activate(LocalDate.of(2027, 1, 10));
        election.revise("Folketingsvalget", folketingsvalg, 7, period(), Set.of(raadhuset, skolen, hallen));
        assertThat(election.title()).isEqualTo("Folketingsvalget");
        assertThat(election.lockPeriodDays()).isEqualTo(7);
        assertThat(election.workLocations()).hasSize(3);

        assertThatThrownBy(() -> election.revise("X", kommunalvalg, 7, period(), election.workLocations()))
                .isInstanceOf(ElectionActiveException.class).hasFieldOrPropertyWithValue("code", "election.active_type");
        ElectionPeriod moved = new ElectionPeriod(LocalDate.of(2027, 2, 2), LocalDate.of(2027, 3, 31), ELECTION_DAY);
        assertThatThrownBy(() -> election.revise("X", folketingsvalg, 7, moved, election.workLocations()))
                .hasFieldOrPropertyWithValue("code", "election.active_period");
        assertThatThrownBy(() -> election.revise("X", folketingsvalg, 7, period(), Set.of(raadhuset)))
                .hasFieldOrPropertyWithValue("code", "election.active_work_locations_removed");
        assertThat(election.title()).as("a refused change changes nothing").isEqualTo("Folketingsvalget");
    }

    @Test
    void activationOpensTheElectionUnlessItsPeriodHasEnded() {
        Election election = election();
        assertThat(election.activate(LocalDate.of(2027, 3, 31))).as("the last day of the period still counts").isTrue();
        assertThat(election.active()).isTrue();
        assertThat(election.activate(LocalDate.of(2027, 3, 31))).as("already active").isFalse();
        assertThat(election.deactivate()).isTrue();
        assertThat(election.deactivate()).as("already inactive").isFalse();
        assertThatThrownBy(() -> election.activate(LocalDate.of(2027, 4, 1)))
                .isInstanceOf(ElectionPeriodEndedException.class)
                .hasFieldOrPropertyWithValue("code", "election.period_ended");
        assertThat(election.active()).isFalse();
    }

    @Test
    void onlyAnInactiveElectionCanBeDeleted() {
        Election election = election();
        assertThat(election.consequencesOfDeletion().allowed()).isTrue();
        assertThat(election.consequencesOfDeletion().warnings()).singleElement()
                .satisfies(c -> assertThat(c.code()).isEqualTo("election.deleted_for_good"));
        election.ensureDeletable();
        election.activate(LocalDate.of(2027, 1, 1));
        assertThat(election.consequencesOfDeletion().blockers()).singleElement()
                .satisfies(c -> assertThat(c.code()).isEqualTo("election.active"));
        assertThatThrownBy(election::ensureDeletable).isInstanceOf(ElectionActiveException.class)
                .hasFieldOrPropertyWithValue("code", "election.active");
    }

    @Test
    void aDuplicateCopiesTheChosenStructureToANewDateInactive() {
        Election source = election();
        source.activate(LocalDate.of(2027, 1, 1));
        LocalDate nextDay = LocalDate.of(2031, 3, 4);
        Election copy = source.duplicate("Folketingsvalg 2031", folketingsvalg, 4,
                ElectionPeriod.around(nextDay, 30, 1), Set.of(skolen));
        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.active()).isFalse();
        assertThat(copy.electionDate()).isEqualTo(nextDay);
        assertThat(copy.workLocations()).containsExactly(skolen);
        assertThatThrownBy(() -> source.duplicate("X", folketingsvalg, 4, ElectionPeriod.around(nextDay, 1, 1), Set.of(hallen)))
                .hasFieldOrPropertyWithValue("code", "election.work_location_not_in_source");
    }

    @Test
    void aTaskIsLockedFromTheLockPeriodBeforeItsDate() {
        Election election = election();
        assertThat(election.isLocked(ELECTION_DAY, ELECTION_DAY.minusDays(6))).isFalse();
        assertThat(election.isLocked(ELECTION_DAY, ELECTION_DAY.minusDays(5))).isTrue();
        assertThat(election.isLocked(ELECTION_DAY, ELECTION_DAY)).isTrue();
    }
}
