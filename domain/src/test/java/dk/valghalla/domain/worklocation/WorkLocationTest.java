package dk.valghalla.domain.worklocation;

import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkLocationTest {
    private final AreaId nord = AreaId.newId();
    private final TeamId venstre = TeamId.newId();
    private final TeamId frivillige = TeamId.newId();
    private final TaskTypeId valgstyrer = TaskTypeId.newId();
    private final TaskTypeId tilforordnet = TaskTypeId.newId();

    private WorkLocationDetails details(String title) {
        return new WorkLocationDetails(nord, title, "Skolevej 1", "8000", "Aarhus C", 7);
    }

    @Test
    void aLocationLiesInAnAreaAndHasItsTeams() {
        WorkLocation location = WorkLocation.create(
                new WorkLocationDetails(nord, " Rådhuset ", " ", " 8000 ", "", null), Set.of(venstre), Set.of(valgstyrer));
        assertThat(location.title()).isEqualTo("Rådhuset");
        assertThat(location.area()).isEqualTo(nord);
        assertThat(location.details().address()).isNull();
        assertThat(location.details().postalCode()).isEqualTo("8000");
        assertThat(location.details().city()).isNull();
        assertThat(location.details().votingAreaNumber()).isNull();
        assertThat(location.teams()).containsExactly(venstre);
        assertThat(location.taskTypes()).containsExactly(valgstyrer);
        assertThat(WorkLocation.create(details("Skolen"), null, null).teams()).isEmpty();
        assertThat(WorkLocation.create(details("Skolen"), null, null).taskTypes()).isEmpty();
    }

    @Test
    void badDetailsAreRefused() {
        assertThatThrownBy(() -> new WorkLocationDetails(null, "Skolen", null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "areaId");
        assertThatThrownBy(() -> new WorkLocationDetails(nord, " ", null, null, null, null))
                .hasFieldOrPropertyWithValue("field", "title");
        for (String postalCode : new String[] {"800", "80000", "8OOO", "80 0"}) {
            assertThatThrownBy(() -> new WorkLocationDetails(nord, "Skolen", null, postalCode, null, null))
                    .as(postalCode).hasFieldOrPropertyWithValue("code", "postal_code.invalid");
        }
        assertThatThrownBy(() -> new WorkLocationDetails(nord, "Skolen", null, null, null, 0))
                .hasFieldOrPropertyWithValue("code", "voting_area.invalid");
        assertThatThrownBy(() -> new WorkLocationDetails(nord, "Skolen", "x".repeat(256), null, null, null))
                .hasFieldOrPropertyWithValue("field", "address");
    }

    @Test
    void whileAnElectionIsActiveTheDetailsMayChangeButNotTheTeamsOrTaskTypes() {
        WorkLocation location = WorkLocation.create(details("Skolen"), Set.of(venstre), Set.of(valgstyrer));
        location.revise(details("Skolen, hal B"), Set.of(venstre), Set.of(valgstyrer), 1);
        assertThat(location.title()).isEqualTo("Skolen, hal B");
        assertThatThrownBy(() -> location.revise(details("Skolen"), Set.of(venstre), Set.of(valgstyrer, tilforordnet), 1))
                .isInstanceOf(WorkLocationInActiveElectionException.class);
        assertThatThrownBy(() -> location.revise(details("Skolen"), Set.of(venstre, frivillige), Set.of(valgstyrer), 1))
                .isInstanceOf(WorkLocationInActiveElectionException.class)
                .hasFieldOrPropertyWithValue("code", "work_location.in_active_election");
        assertThat(location.title()).isEqualTo("Skolen, hal B");
        location.revise(details("Skolen"), Set.of(frivillige), Set.of(tilforordnet), 0);
        assertThat(location.teams()).containsExactly(frivillige);
        assertThat(location.taskTypes()).containsExactly(tilforordnet);
    }

    @Test
    void aLocationInAnActiveElectionCannotBeDeleted() {
        WorkLocation location = WorkLocation.create(details("Skolen"), Set.of(), Set.of());
        var blocked = location.consequencesOfDeletion(1, 2, 0);
        assertThat(blocked.blockers()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("work_location.in_active_election");
            assertThat(c.params()).containsEntry("count", "1");
        });
        assertThatThrownBy(() -> location.ensureDeletable(1, 0)).isInstanceOf(WorkLocationInActiveElectionException.class);
        var allowed = location.consequencesOfDeletion(0, 2, 0);
        assertThat(allowed.allowed()).isTrue();
        assertThat(allowed.warnings()).singleElement().satisfies(c ->
                assertThat(c.code()).isEqualTo("work_location.removed_from_elections"));
        location.ensureDeletable(0, 0);
    }

    @Test
    void aLocationWithSeatsCannotBeDeletedUntilTheyAreCountedDown() {
        WorkLocation location = WorkLocation.create(details("Skolen"), Set.of(), Set.of());
        assertThat(location.consequencesOfDeletion(0, 1, 4).blockers()).singleElement()
                .satisfies(c -> assertThat(c.code() + "=" + c.params().get("count")).isEqualTo("work_location.has_tasks=4"));
        assertThatThrownBy(() -> location.ensureDeletable(0, 4)).extracting("code").isEqualTo("work_location.has_tasks");
    }
}
