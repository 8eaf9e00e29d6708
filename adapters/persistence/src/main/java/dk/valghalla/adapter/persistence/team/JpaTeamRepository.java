package dk.valghalla.adapter.persistence.team;

import dk.valghalla.adapter.persistence.shared.ConstraintViolations;
import dk.valghalla.adapter.persistence.shared.LikePatterns;
import dk.valghalla.adapter.persistence.shared.TaskDependencies;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.application.team.port.out.TeamRepository;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.HasSeatsException;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamDeletionFacts;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.team.TeamNameAlreadyUsedException;
import dk.valghalla.domain.team.TeamNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {
    private static final String NAME_UNIQUE = "team_name_unique";

    private final TeamPanacheRepository panache;

    public JpaTeamRepository(TeamPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Page<Team> search(String text, PageRequest page) {
        Sort byName = Sort.by("name").and("id");
        PanacheQuery<TeamEntity> query = text == null
                ? panache.findAll(byName)
                : panache.find("lower(name) like ?1 escape '\\' or lower(shortName) like ?1 escape '\\'", byName,
                        LikePatterns.contains(text));
        var items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(JpaTeamRepository::toDomain).toList();
        return new Page<>(items, query.count(), page.page(), page.size());
    }

    @Override
    public Optional<Team> findById(TeamId id) {
        return panache.findByIdOptional(id.value()).map(JpaTeamRepository::toDomain);
    }

    @Override
    public Set<TeamId> existing(Set<TeamId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<UUID> values = ids.stream().map(TeamId::value).toList();
        return panache.getEntityManager()
                .createQuery("select t.id from TeamEntity t where t.id in :ids", UUID.class)
                .setParameter("ids", values).getResultList().stream().map(TeamId::new).collect(Collectors.toSet());
    }

    @Override
    public boolean nameTaken(String name, TeamId except) {
        return except == null
                ? panache.count("lower(name) = lower(?1)", name) > 0
                : panache.count("lower(name) = lower(?1) and id <> ?2", name, except.value()) > 0;
    }

    @Override
    public void add(Team team) {
        TeamEntity e = new TeamEntity();
        e.id = team.id().value();
        copy(team, e);
        try {
            panache.persistAndFlush(e);
        } catch (PersistenceException ex) {
            throw ConstraintViolations.named(ex, NAME_UNIQUE)
                    .<RuntimeException>map(v -> new TeamNameAlreadyUsedException(team.name())).orElse(ex);
        }
    }

    @Override
    public void update(Team team) {
        TeamEntity e = panache.findByIdOptional(team.id().value()).orElseThrow(() -> new TeamNotFoundException(team.id()));
        if (e.version != team.version()) {
            throw new ConcurrentModificationException("team", team.id());
        }
        copy(team, e);
        try {
            panache.flush();
        } catch (OptimisticLockException ex) {
            throw new ConcurrentModificationException("team", team.id());
        } catch (PersistenceException ex) {
            throw ConstraintViolations.named(ex, NAME_UNIQUE)
                    .<RuntimeException>map(v -> new TeamNameAlreadyUsedException(team.name())).orElse(ex);
        }
    }

    @Override
    public void remove(TeamId id) {
        // Its work_location_team, participant_team and team_responsible rows go with it (on delete cascade), but not
        // while seats depend on its places at work locations.
        try {
            panache.deleteById(id.value());
            panache.flush();
        } catch (PersistenceException ex) {
            throw TaskDependencies.violated(ex) ? HasSeatsException.team(id) : ex;
        }
    }

    @Override
    public TeamDeletionFacts lockAndReadDeletionFacts(TeamId id) {
        panache.getEntityManager().createNativeQuery("select id from team where id = ?1 for update")
                .setParameter(1, id.value()).getResultList();
        return deletionFacts(id);
    }

    @Override
    public TeamDeletionFacts deletionFacts(TeamId id) {
        long activeElections = count("""
                select count(distinct e.id) from election e
                  join election_work_location ewl on ewl.election_id = e.id
                  join work_location_team wlt on wlt.work_location_id = ewl.work_location_id
                 where wlt.team_id = ?1 and e.active""", id.value());
        long workLocations = count("select count(*) from work_location_team where team_id = ?1", id.value());
        long membersWithoutOtherTeam = count("""
                select count(*) from participant_team pt
                 where pt.team_id = ?1
                   and not exists (select 1 from participant_team other
                                    where other.participant_id = pt.participant_id and other.team_id <> pt.team_id)""",
                id.value());
        long members = count("select count(*) from participant_team where team_id = ?1", id.value());
        long seats = count("select count(*) from task where team_id = ?1", id.value());
        return new TeamDeletionFacts(activeElections, workLocations, membersWithoutOtherTeam, members, seats);
    }

    private long count(String sql, UUID id) {
        return ((Number) panache.getEntityManager().createNativeQuery(sql).setParameter(1, id).getSingleResult())
                .longValue();
    }

    private static void copy(Team team, TeamEntity e) {
        e.name = team.name();
        e.shortName = team.shortName();
        e.description = team.description();
    }

    private static Team toDomain(TeamEntity e) {
        return Team.reconstitute(new TeamId(e.id), e.name, e.shortName, e.description, e.version);
    }
}
