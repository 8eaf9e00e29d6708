package dk.valghalla.adapter.persistence.webcontent;

import dk.valghalla.application.webcontent.port.out.ElectionActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Reads the {@code active} flag of the tenant's {@code election} table (owned by the election context). */
@ApplicationScoped
public class SqlElectionActivity implements ElectionActivity {
    private final EntityManager em;

    public SqlElectionActivity(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean anyActiveElection() {
        return (Boolean) em.createNativeQuery("select exists (select 1 from election where active)").getSingleResult();
    }
}
