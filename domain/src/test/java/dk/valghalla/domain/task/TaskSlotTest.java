package dk.valghalla.domain.task;

import dk.valghalla.domain.area.AreaId;
import dk.valghalla.domain.election.Election;
import dk.valghalla.domain.election.ElectionPeriod;
import dk.valghalla.domain.electiontype.ElectionTypeId;
import dk.valghalla.domain.tasktype.TaskTypeId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationDetails;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskSlotTest {
    private static final LocalDate ELECTION_DAY = LocalDate.of(2027, 3, 2);
    private final TeamId venstre = TeamId.newId();
    private final TaskTypeId tilforordnet = TaskTypeId.newId();
    private final WorkLocation raadhuset = WorkLocation.create(
            new WorkLocationDetails(AreaId.newId(), "Rådhuset", "Torvet 1", "8000", "Aarhus C", 2), Set.of(venstre),
            Set.of(tilforordnet));
    private final WorkLocation skolen = WorkLocation.create(
            new WorkLocationDetails(AreaId.newId(), "Skolen", "Skolevej 1", "8000", "Aarhus C", 3), Set.of(venstre),
            Set.of(tilforordnet));
    private final Election election = Election.create("Folketingsvalg 2027", ElectionTypeId.newId(), 5,
            new ElectionPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31), ELECTION_DAY), Set.of(raadhuset.id()));

    private TaskSlot slot(WorkLocation at, TaskTypeId type, TeamId team, LocalDate day) {
        return new TaskSlot(election.id(), at.id(), type, team, day);
    }

    @Test
    void aSlotOfTheElectionsWorkLocationItsTaskTypeAndTeamWithinThePeriodIsOffered() {
        assertThatCode(() -> slot(raadhuset, tilforordnet, venstre, ELECTION_DAY).ensureOfferedBy(election, raadhuset))
                .doesNotThrowAnyException();
        assertThatCode(() -> slot(raadhuset, tilforordnet, venstre, LocalDate.of(2027, 2, 1))
                .ensureOfferedBy(election, raadhuset)).doesNotThrowAnyException();
    }

    @Test
    void eachThingTheElectionOrLocationDoesNotOfferIsRefusedByName() {
        assertThatThrownBy(() -> slot(skolen, tilforordnet, venstre, ELECTION_DAY).ensureOfferedBy(election, skolen))
                .extracting("code").isEqualTo("task.work_location_not_in_election");
        assertThatThrownBy(() -> slot(raadhuset, TaskTypeId.newId(), venstre, ELECTION_DAY)
                .ensureOfferedBy(election, raadhuset)).extracting("code").isEqualTo("task.task_type_not_at_work_location");
        assertThatThrownBy(() -> slot(raadhuset, tilforordnet, TeamId.newId(), ELECTION_DAY)
                .ensureOfferedBy(election, raadhuset)).extracting("code").isEqualTo("task.team_not_at_work_location");
        assertThatThrownBy(() -> slot(raadhuset, tilforordnet, venstre, LocalDate.of(2027, 4, 1))
                .ensureOfferedBy(election, raadhuset)).extracting("code").isEqualTo("task.date_outside_period");
    }
}
