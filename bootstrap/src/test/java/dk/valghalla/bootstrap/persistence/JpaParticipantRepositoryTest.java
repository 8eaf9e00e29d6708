package dk.valghalla.bootstrap.persistence;

import dk.valghalla.application.area.port.out.AreaRepository;
import dk.valghalla.application.fakes.TestPersons;
import dk.valghalla.application.participant.ParticipantRepositoryContract;
import dk.valghalla.application.participant.port.out.CprRefreshRecords;
import dk.valghalla.application.participant.port.out.CprVault;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.specialdiet.port.out.SpecialDietRepository;
import dk.valghalla.application.team.port.out.TeamRepository;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.application.worklocation.port.out.WorkLocationRepository;
import dk.valghalla.bootstrap.support.CprRefreshFixtures;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.area.Area;
import dk.valghalla.domain.election.ElectionId;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantReferenceException;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.PersonSnapshot;
import dk.valghalla.domain.participant.SealedCpr;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.specialdiet.SpecialDiet;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.Team;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.tenant.Tenant;
import dk.valghalla.domain.worklocation.WorkLocation;
import dk.valghalla.domain.worklocation.WorkLocationDetails;
import dk.valghalla.domain.worklocation.WorkLocationId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database adapter keeps the {@link ParticipantRepositoryContract} of the in-memory fake, in a fresh
 * municipality's schema on the real PostgreSQL; and the database never holds a CPR number in clear.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class JpaParticipantRepositoryTest extends ParticipantRepositoryContract {
    @Inject
    ParticipantRepository repository;
    @Inject
    TeamRepository teams;
    @Inject
    SpecialDietRepository diets;
    @Inject
    AreaRepository areas;
    @Inject
    WorkLocationRepository workLocations;
    @Inject
    CprVault vault;
    @Inject
    TenantWork tenantWork;
    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    CprRefreshRecords refreshRecords;

    private Tenant tenant;

    @BeforeEach
    void freshMunicipality() {
        tenant = TestTenants.register(registerTenant, "participants-db");
    }

    @Override
    protected ParticipantRepository repository() {
        return (ParticipantRepository) Proxy.newProxyInstance(ParticipantRepository.class.getClassLoader(),
                new Class<?>[]{ParticipantRepository.class}, (proxy, method, args) -> tenantWork.callAs(tenant,
                        () -> QuarkusTransaction.joiningExisting().call(() -> invoke(method, args))));
    }

    private Object invoke(java.lang.reflect.Method method, Object[] args) throws Exception {
        try {
            return method.invoke(repository, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
        }
    }

    @Override
    protected void inTransaction(Runnable step) {
        tenantWork.runAs(tenant, () -> QuarkusTransaction.requiringNew().run(step));
    }

    private <T> T inTenant(Supplier<T> work) {
        return tenantWork.callAs(tenant, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    @Override
    protected TeamId newTeam() {
        Team team = Team.create("Team " + UUID.randomUUID(), "T", null);
        inTransaction(() -> teams.add(team));
        return team.id();
    }

    @Override
    protected SpecialDietId newSpecialDiet() {
        SpecialDiet diet = SpecialDiet.create("Kost " + UUID.randomUUID());
        inTransaction(() -> diets.add(diet));
        return diet.id();
    }

    @Override
    protected WorkLocationId newWorkLocation() {
        Area area = Area.create("Område " + UUID.randomUUID(), null);
        WorkLocation location = WorkLocation.create(new WorkLocationDetails(area.id(), "Sted " + UUID.randomUUID(),
                null, null, null, null), Set.of(), Set.of());
        inTransaction(() -> {
            areas.add(area);
            workLocations.add(location);
        });
        return location.id();
    }

    @Override
    protected ElectionId newElection() {
        try {
            return new ElectionId(new CprRefreshFixtures(dataSource, vault, tenantWork).activeElection(tenant,
                    "Valg " + UUID.randomUUID(), LocalDate.of(2026, 12, 1), Set.of("AGE_18_ON_TASK_DATE")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void recordValidation(ParticipantValidation validation) {
        inTransaction(() -> refreshRecords.record(validation));
    }

    @Test
    void theDatabaseHoldsNoCprNumberInClear() throws Exception {
        String cpr = "0101901234";
        SealedCpr sealed = inTenant(() -> vault.seal(CprNumber.of(cpr)));
        Participant p = Participant.create(sealed, PersonSnapshot.of(TestPersons.person(cpr, "Anne", "Jensen"), NOW),
                Set.of(newTeam()), null, null, Set.of(), NOW);
        inTransaction(() -> repository.add(p));

        List<String> row = rawRow("select * from " + tenant.id().schemaName() + ".participant where id = ?", p.id().value());

        assertThat(row).isNotEmpty();
        assertThat(String.join("|", row)).doesNotContain(cpr).doesNotContain("901234").contains("010190-XXXX");
        assertThat(inTenant(() -> vault.open(repository().findById(p.id()).orElseThrow().cpr())).value()).isEqualTo(cpr);
    }

    @Test
    void aTeamOrDietDeletedMeanwhileIsAClearRefusal() {
        Participant p = participant(TestPersons.person("0101901234", "Anne", "Jensen"), Set.of(TeamId.newId()));

        assertThatThrownBy(() -> inTransaction(() -> repository.add(p))).isInstanceOf(ParticipantReferenceException.class)
                .hasFieldOrPropertyWithValue("code", "team.unknown");
    }

    private List<String> rawRow(String sql, UUID id) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.add(meta.getColumnName(i) + "=" + rs.getString(i));
                    }
                }
            }
        }
        return values;
    }
}
