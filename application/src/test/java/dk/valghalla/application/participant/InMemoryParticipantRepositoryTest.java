package dk.valghalla.application.participant;

import dk.valghalla.application.fakes.InMemoryCprRefreshRecords;
import dk.valghalla.application.fakes.InMemoryParticipantRepository;
import dk.valghalla.application.fakes.TestPersons;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.tenant.Cvr;
import dk.valghalla.domain.tenant.HostName;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.tenant.TenantId;
import dk.valghalla.domain.worklocation.WorkLocationId;

import java.util.Map;
import java.util.Set;

/** The fake keeps the same contract as the database adapter. */
class InMemoryParticipantRepositoryTest extends ParticipantRepositoryContract {
    private final InMemoryParticipantRepository repository = new InMemoryParticipantRepository();
    private final TenantContext tenantContext = new TenantContext();
    private final InMemoryCprRefreshRecords refreshRecords = new InMemoryCprRefreshRecords(tenantContext, repository::all);

    {
        tenantContext.enter(new Tenant(new TenantId("demo"), "Demo Kommune", TestPersons.HOME, new Cvr("29189846"),
                Set.of(new HostName("demo.localhost")), Map.of()));
        repository.readValidationsFrom(refreshRecords);
    }

    @Override
    protected ParticipantRepository repository() {
        return repository;
    }

    @Override
    protected void inTransaction(Runnable step) {
        step.run();
    }

    @Override
    protected TeamId newTeam() {
        return TeamId.newId();
    }

    @Override
    protected SpecialDietId newSpecialDiet() {
        return SpecialDietId.newId();
    }

    @Override
    protected WorkLocationId newWorkLocation() {
        return WorkLocationId.newId();
    }

    @Override
    protected ElectionId newElection() {
        return ElectionId.newId();
    }

    @Override
    protected void recordValidation(ParticipantValidation validation) {
        refreshRecords.record(validation);
    }
}
