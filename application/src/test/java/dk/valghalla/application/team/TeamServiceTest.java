package dk.valghalla.application.team;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.fakes.FixedCurrentActor;
import dk.valghalla.application.fakes.InMemoryAuditLog;
import dk.valghalla.application.fakes.InMemoryTeamRepository;
import dk.valghalla.application.fakes.MutableClock;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.application.team.port.in.CreateTeamCommand;
import dk.valghalla.application.team.port.in.DeleteTeamCommand;
import dk.valghalla.application.team.port.in.ReviseTeamCommand;
import dk.valghalla.application.team.service.TeamService;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamDeletionFacts;
import dk.valghalla.domain.team.TeamInActiveElectionException;
import dk.valghalla.domain.team.TeamNameAlreadyUsedException;
import dk.valghalla.domain.team.TeamNotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamServiceTest {
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final TeamService service = new TeamService(teams,
            new AuditTrail(auditLog, FixedCurrentActor.admin(), new MutableClock(Instant.EPOCH)));

    private static SearchQuery all() {
        return new SearchQuery(null, new PageRequest(0, 10));
    }

    @Test
    void teamsAreListedInDanishOrderAndSearchedByNameOrShortName() {
        service.createTeam(new CreateTeamCommand("Åbne Liste", "Å", null));
        service.createTeam(new CreateTeamCommand("Venstre", "V", null));
        service.createTeam(new CreateTeamCommand("Borgerservice", "BS", "Kommunens egne medarbejdere"));
        assertThat(service.listTeams(all()).items()).extracting(Team::name)
                .containsExactly("Borgerservice", "Venstre", "Åbne Liste");
        assertThat(service.listTeams(new SearchQuery("bs", new PageRequest(0, 10))).items()).extracting(Team::name)
                .containsExactly("Borgerservice");
        assertThat(auditLog.entries()).extracting(AuditEntry::action).containsOnly(AuditAction.TEAM_CREATED);
        assertThat(auditLog.entries().get(1).summary()).isEqualTo("Venstre (V)");
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        Team venstre = service.createTeam(new CreateTeamCommand("Venstre", "V", null));
        Team frivillige = service.createTeam(new CreateTeamCommand("Frivillige", "F", null));
        assertThatThrownBy(() -> service.createTeam(new CreateTeamCommand("VENSTRE", "X", null)))
                .isInstanceOf(TeamNameAlreadyUsedException.class);
        assertThatThrownBy(() -> service.reviseTeam(new ReviseTeamCommand(frivillige.id(), "venstre", "F", null, 0)))
                .isInstanceOf(TeamNameAlreadyUsedException.class);
        Team revised = service.reviseTeam(new ReviseTeamCommand(venstre.id(), "Venstre", "V", "Danmarks Liberale Parti", 0));
        assertThat(revised.description()).isEqualTo("Danmarks Liberale Parti");
        assertThat(revised.version()).isEqualTo(1);
        assertThat(auditLog.entries()).last().extracting(AuditEntry::action).isEqualTo(AuditAction.TEAM_UPDATED);
    }

    @Test
    void aStaleVersionIsRefused() {
        Team team = service.createTeam(new CreateTeamCommand("Venstre", "V", null));
        service.reviseTeam(new ReviseTeamCommand(team.id(), "Venstre", "V", "ny", 0));
        assertThatThrownBy(() -> service.reviseTeam(new ReviseTeamCommand(team.id(), "Venstre", "V", "gammel", 0)))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasFieldOrPropertyWithValue("code", "team.modified_concurrently");
    }

    @Test
    void aTeamAtALocationOfAnActiveElectionCannotBeDeletedEvenWhenConfirmed() {
        Team team = service.createTeam(new CreateTeamCommand("Venstre", "V", null));
        teams.holdDeletionFacts(team.id(), new TeamDeletionFacts(1, 2));
        var preview = service.previewTeamDeletion(team.id());
        assertThat(preview.blockers()).extracting(c -> c.code()).containsExactly("team.in_active_election");
        assertThatThrownBy(() -> service.deleteTeam(new DeleteTeamCommand(team.id(), true)))
                .isInstanceOf(TeamInActiveElectionException.class);
        assertThat(service.showTeam(team.id())).isNotNull();
    }

    @Test
    void aTeamIsDeletedOnlyWhenTheWarningsAreConfirmed() {
        Team team = service.createTeam(new CreateTeamCommand("Venstre", "V", null));
        teams.holdDeletionFacts(team.id(), new TeamDeletionFacts(0, 2));
        assertThatThrownBy(() -> service.deleteTeam(new DeleteTeamCommand(team.id(), false)))
                .isInstanceOfSatisfying(ConfirmationRequiredException.class, e ->
                        assertThat(e.consequences().warnings()).extracting(c -> c.code())
                                .containsExactly("team.removed_from_work_locations"));
        service.deleteTeam(new DeleteTeamCommand(team.id(), true));
        assertThatThrownBy(() -> service.showTeam(team.id())).isInstanceOf(TeamNotFoundException.class);
        assertThat(auditLog.entries()).last().extracting(AuditEntry::action).isEqualTo(AuditAction.TEAM_DELETED);
    }
}
