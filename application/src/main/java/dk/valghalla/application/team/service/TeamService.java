package dk.valghalla.application.team.service;

import dk.valghalla.application.audit.service.AuditTrail;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.SearchQuery;
import dk.valghalla.application.team.port.in.CreateTeamCommand;
import dk.valghalla.application.team.port.in.CreateTeamUseCase;
import dk.valghalla.application.team.port.in.DeleteTeamCommand;
import dk.valghalla.application.team.port.in.DeleteTeamUseCase;
import dk.valghalla.application.team.port.in.ListTeamsUseCase;
import dk.valghalla.application.team.port.in.PreviewTeamDeletionUseCase;
import dk.valghalla.application.team.port.in.ReviseTeamCommand;
import dk.valghalla.application.team.port.in.ReviseTeamUseCase;
import dk.valghalla.application.team.port.in.ShowTeamUseCase;
import dk.valghalla.application.team.port.out.TeamRepository;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.Consequences;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamDeletionFacts;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.team.TeamNameAlreadyUsedException;
import dk.valghalla.domain.team.TeamNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The team use cases; every change is audited in the same transaction. */
@ApplicationScoped
public class TeamService implements ListTeamsUseCase, ShowTeamUseCase, CreateTeamUseCase, ReviseTeamUseCase,
        PreviewTeamDeletionUseCase, DeleteTeamUseCase {
    static final String OBJECT_TYPE = "TEAM";

    private final TeamRepository teams;
    private final AuditTrail auditTrail;

    public TeamService(TeamRepository teams, AuditTrail auditTrail) {
        this.teams = teams;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional
    public Page<Team> listTeams(SearchQuery query) {
        return teams.search(query.text(), query.page());
    }

    @Override
    @Transactional
    public Team showTeam(TeamId id) {
        return teams.findById(id).orElseThrow(() -> new TeamNotFoundException(id));
    }

    @Override
    @Transactional
    public Team createTeam(CreateTeamCommand command) {
        Team team = Team.create(command.name(), command.shortName(), command.description());
        if (teams.nameTaken(team.name(), null)) {
            throw new TeamNameAlreadyUsedException(team.name());
        }
        teams.add(team);
        auditTrail.record(AuditAction.TEAM_CREATED, OBJECT_TYPE, team.id(), describe(team));
        return team;
    }

    @Override
    @Transactional
    public Team reviseTeam(ReviseTeamCommand command) {
        Team team = showTeam(command.id());
        if (team.version() != command.expectedVersion()) {
            throw new ConcurrentModificationException("team", team.id());
        }
        team.revise(command.name(), command.shortName(), command.description());
        if (teams.nameTaken(team.name(), team.id())) {
            throw new TeamNameAlreadyUsedException(team.name());
        }
        teams.update(team);
        auditTrail.record(AuditAction.TEAM_UPDATED, OBJECT_TYPE, team.id(), describe(team));
        return showTeam(team.id());
    }

    @Override
    @Transactional
    public Consequences previewTeamDeletion(TeamId id) {
        return showTeam(id).consequencesOfDeletion(teams.deletionFacts(id));
    }

    @Override
    @Transactional
    public void deleteTeam(DeleteTeamCommand command) {
        Team team = showTeam(command.id());
        TeamDeletionFacts facts = teams.lockAndReadDeletionFacts(team.id());
        team.ensureDeletable(facts);
        if (!command.confirmed()) {
            throw new ConfirmationRequiredException(team.consequencesOfDeletion(facts));
        }
        teams.remove(team.id());
        auditTrail.record(AuditAction.TEAM_DELETED, OBJECT_TYPE, team.id(), describe(team));
    }

    /** "Venstre (V)" for the audit log. */
    private static String describe(Team team) {
        return team.name() + " (" + team.shortName() + ")";
    }
}
