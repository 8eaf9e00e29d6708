package dk.valghalla.domain.team;

import dk.valghalla.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamTest {

    @Test
    void aTeamHasANameAShortNameAndAnOptionalDescription() {
        Team team = Team.create("  Socialdemokratiet ", "A", "  ");
        assertThat(team.name()).isEqualTo("Socialdemokratiet");
        assertThat(team.shortName()).isEqualTo("A");
        assertThat(team.description()).isNull();
        team.revise("Frivillige", "FRI", "Borgere der melder sig selv\nuden parti");
        assertThat(team.description()).contains("\n");
    }

    @Test
    void nameAndShortNameAreRequiredAndLimited() {
        assertThatThrownBy(() -> Team.create(" ", "A", null)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "name");
        assertThatThrownBy(() -> Team.create("Venstre", "", null)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "shortName");
        assertThatThrownBy(() -> Team.create("Venstre", "V".repeat(51), null))
                .hasFieldOrPropertyWithValue("code", "text.too_long");
        assertThatThrownBy(() -> Team.create("V".repeat(256), "V", null))
                .hasFieldOrPropertyWithValue("code", "text.too_long");
        assertThatThrownBy(() -> Team.create("Venstre", "V", "x".repeat(2001)))
                .hasFieldOrPropertyWithValue("field", "description");
        assertThat(Team.create("Venstre", "V".repeat(50), "x".repeat(2000)).shortName()).hasSize(50);
    }

    @Test
    void aTeamAtALocationOfAnActiveElectionCannotBeDeleted() {
        Team team = Team.create("Venstre", "V", null);
        var blocked = team.consequencesOfDeletion(new TeamDeletionFacts(2, 3));
        assertThat(blocked.allowed()).isFalse();
        assertThat(blocked.blockers()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("team.in_active_election");
            assertThat(c.params()).containsEntry("count", "2");
        });
        assertThatThrownBy(() -> team.ensureDeletable(new TeamDeletionFacts(2, 3)))
                .isInstanceOf(TeamInActiveElectionException.class)
                .hasFieldOrPropertyWithValue("code", "team.in_active_election");
    }

    @Test
    void deletingATeamWarnsThatItLeavesItsWorkLocations() {
        Team team = Team.create("Venstre", "V", null);
        var consequences = team.consequencesOfDeletion(new TeamDeletionFacts(0, 3));
        assertThat(consequences.allowed()).isTrue();
        assertThat(consequences.warnings()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("team.removed_from_work_locations");
            assertThat(c.params()).containsEntry("count", "3");
        });
        team.ensureDeletable(new TeamDeletionFacts(0, 3));
        assertThat(team.consequencesOfDeletion(new TeamDeletionFacts(0, 0)).warnings()).isEmpty();
    }

    @Test
    void aTeamThatIsTheOnlyTeamOfAParticipantCannotBeDeletedOtherMembersLeaveIt() {
        Team team = Team.create("Venstre", "V", null);
        var blocked = team.consequencesOfDeletion(new TeamDeletionFacts(0, 0, 2, 5));
        assertThat(blocked.blockers()).extracting(c -> c.code() + "=" + c.params().get("count"))
                .containsExactly("team.members_without_other_team=2");
        assertThat(blocked.warnings()).extracting(c -> c.code() + "=" + c.params().get("count"))
                .containsExactly("team.members_leave=5");
        assertThatThrownBy(() -> team.ensureDeletable(new TeamDeletionFacts(0, 0, 2, 5)))
                .isInstanceOf(TeamMembersWithoutOtherTeamException.class)
                .hasFieldOrPropertyWithValue("code", "team.members_without_other_team");
        team.ensureDeletable(new TeamDeletionFacts(0, 0, 0, 5));
    }

    @Test
    void aTeamWithSeatsCannotBeDeletedUntilTheyAreCountedDown() {
        Team team = Team.create("Venstre", "V", null);
        assertThat(team.consequencesOfDeletion(new TeamDeletionFacts(0, 1, 0, 2, 3)).blockers()).singleElement()
                .satisfies(c -> assertThat(c.code() + "=" + c.params().get("count")).isEqualTo("team.has_tasks=3"));
        assertThatThrownBy(() -> team.ensureDeletable(new TeamDeletionFacts(0, 1, 0, 2, 3)))
                .extracting("code").isEqualTo("team.has_tasks");
    }
}
