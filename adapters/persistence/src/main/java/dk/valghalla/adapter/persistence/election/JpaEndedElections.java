package dk.valghalla.adapter.persistence.election;

import dk.valghalla.application.election.port.out.EndedElections;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.election.EndedElection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The tenant's ended, still active elections, read with SQL on the {@code election} table. (The election aggregate
 * and its entity come with the election use cases; until then nothing else writes this table.)
 */
@ApplicationScoped
public class JpaEndedElections implements EndedElections {
    private final EntityManager entityManager;

    public JpaEndedElections(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<EndedElection> lockActiveEndedBefore(LocalDate today) {
        List<Object[]> rows = entityManager.createNativeQuery("select id, title, election_date, period_end from election"
                        + " where active and period_end < ?1 order by period_end, id for update")
                .setParameter(1, today).getResultList();
        return rows.stream().map(r -> new EndedElection(new ElectionId((UUID) r[0]), (String) r[1], toDate(r[2]),
                toDate(r[3]))).toList();
    }

    @Override
    public void deactivate(ElectionId id) {
        entityManager.createNativeQuery("update election set active = false, version = version + 1 where id = ?1")
                .setParameter(1, id.value()).executeUpdate();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
