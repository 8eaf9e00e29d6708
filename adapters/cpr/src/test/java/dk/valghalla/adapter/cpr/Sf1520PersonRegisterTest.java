package dk.valghalla.adapter.cpr;

import dk.valghalla.adapter.cpr.fake.FakePersonBaseDataService;
import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.adapter.cpr.support.FakeSf1520Server;
import dk.valghalla.adapter.cpr.support.TestMunicipalities;
import dk.valghalla.adapter.cpr.support.TestTenantContext;
import dk.valghalla.application.participant.port.out.PersonRegister;
import dk.valghalla.domain.participant.CountryCode;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.Guardianship;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.participant.PersonRegisterUnavailableException;
import dk.valghalla.domain.participant.PersonStatus;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.tenant.MunicipalityCode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.valghalla.adapter.cpr.sf1520.Sf1520Calls.CIRCUIT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The SF1520 adapter against the fake SF1520 SOAP server, over real HTTP, for every fixture. */
@QuarkusTest
@QuarkusTestResource(FakeSf1520Server.class)
class Sf1520PersonRegisterTest {
    private static final MunicipalityCode HOME = new MunicipalityCode("0999");
    private static final LocalDate ELECTION_DAY = LocalDate.of(2027, 11, 1);

    @Inject
    PersonRegister register;
    @Inject
    TestTenantContext tenants;
    @Inject
    CircuitBreakerMaintenance circuits;

    @BeforeEach
    void freshCircuitAndCounters() {
        circuits.resetAll();
        FakePersonBaseDataService.resetCalls();
        // A success so that the last outcome of an earlier test does not leak into the health assertions.
        lookup(Sf1520Fixtures.ADULT);
        FakePersonBaseDataService.resetCalls();
    }

    private Person lookup(String cpr) {
        return tenants.callAs(TestMunicipalities.DEMO, () -> register.lookup(CprNumber.of(cpr)));
    }

    @Test
    void aNormalAdultIsAnActiveDanishCitizenLivingInTheMunicipality() {
        Person p = lookup(Sf1520Fixtures.ADULT);

        assertThat(p.cpr()).isEqualTo(CprNumber.of(Sf1520Fixtures.ADULT));
        assertThat(p.name().givenNames()).isEqualTo("Anne Marie");
        assertThat(p.name().lastName()).isEqualTo("Jensen");
        assertThat(p.name().addressingName()).isEqualTo("Jensen,Anne Marie");
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(p.status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(p.isAlive()).isTrue();
        assertThat(p.isAdultOn(ELECTION_DAY)).isTrue();
        assertThat(p.isDanishCitizen()).isTrue();
        assertThat(p.livesIn(HOME)).isTrue();
        assertThat(p.address().orElseThrow().streetAddress()).isEqualTo("Rådhuspladsen 1, 2. th");
        assertThat(p.address().orElseThrow().postalCode()).isEqualTo("9999");
        assertThat(p.address().orElseThrow().postDistrict()).isEqualTo("Demoby");
        assertThat(p.foreignAddress()).isEmpty();
        assertThat(p.isUnderGuardianship()).isFalse();
        assertThat(p.addressProtected()).isFalse();
        assertThat(p.digitalPost()).isEqualTo(DigitalPostRegistration.SUBSCRIBED);
        assertThat(FakePersonBaseDataService.calls(Sf1520Fixtures.ADULT)).isEqualTo(1);
    }

    @Test
    void aMinorIsUnder18OnTheElectionDayAndAdultOnTheEighteenthBirthday() {
        Person p = lookup(Sf1520Fixtures.MINOR);

        assertThat(p.birthDate()).isEqualTo(LocalDate.of(2010, 6, 15));
        assertThat(p.ageOn(ELECTION_DAY)).isEqualTo(17);
        assertThat(p.isAdultOn(ELECTION_DAY)).isFalse();
        assertThat(p.isAdultOn(LocalDate.of(2028, 6, 15))).isTrue();
    }

    @Test
    void aDeadPersonHasStatus90AndNoAddress() {
        Person p = lookup(Sf1520Fixtures.DEAD);

        assertThat(p.status()).isEqualTo(PersonStatus.DEAD);
        assertThat(p.isAlive()).isFalse();
        assertThat(p.address()).isEmpty();
        assertThat(p.municipality()).isEmpty();
    }

    @Test
    void aDisappearedPersonHasStatus70AndIsNotAlive() {
        Person p = lookup(Sf1520Fixtures.DISAPPEARED);

        assertThat(p.status()).isEqualTo(PersonStatus.DISAPPEARED);
        assertThat(p.isAlive()).isFalse();
    }

    @Test
    void aForeignCitizenIsNotADanishCitizen() {
        Person p = lookup(Sf1520Fixtures.FOREIGN_CITIZEN);

        assertThat(p.citizenship()).contains(new CountryCode(Sf1520Fixtures.SWEDEN));
        assertThat(p.isDanishCitizen()).isFalse();
        assertThat(p.livesIn(HOME)).isTrue();
    }

    @Test
    void aPersonInAnotherMunicipalityHasItsFourDigitCode() {
        Person p = lookup(Sf1520Fixtures.OTHER_MUNICIPALITY);

        assertThat(p.municipality()).contains(new MunicipalityCode("0101"));
        assertThat(p.municipality().orElseThrow().value()).isEqualTo("0101");
        assertThat(p.livesIn(HOME)).isFalse();
    }

    @Test
    void aPersonUnderGuardianshipIsDeprivedOfLegalCapacity() {
        Person p = lookup(Sf1520Fixtures.UNDER_GUARDIANSHIP);

        assertThat(p.guardianship()).isEqualTo(Guardianship.DEPRIVED_OF_LEGAL_CAPACITY);
        assertThat(p.isUnderGuardianship()).isTrue();
    }

    @Test
    void aProtectedAddressIsFlaggedAndStillKnown() {
        Person p = lookup(Sf1520Fixtures.PROTECTED_ADDRESS);

        assertThat(p.addressProtected()).isTrue();
        assertThat(p.address()).isPresent();
    }

    @Test
    void anEmigrantHasOnlyAForeignAddress() {
        Person p = lookup(Sf1520Fixtures.EMIGRATED);

        assertThat(p.status()).isEqualTo(PersonStatus.EMIGRATED);
        assertThat(p.hasEmigrated()).isTrue();
        assertThat(p.address()).isEmpty();
        assertThat(p.foreignAddress().orElseThrow().lines()).containsExactly("Storgatan 1", "111 22 Stockholm", "Sverige");
        assertThat(p.foreignAddress().orElseThrow().country()).contains(new CountryCode(Sf1520Fixtures.SWEDEN));
        assertThat(p.foreignAddress().orElseThrow().emigrationDate()).contains(LocalDate.of(2020, 8, 1));
    }

    @Test
    void aPersonWithoutDigitalPostIsNotSubscribed() {
        assertThat(lookup(Sf1520Fixtures.NO_DIGITAL_POST).digitalPost()).isEqualTo(DigitalPostRegistration.NOT_SUBSCRIBED);
    }

    @Test
    void anUnknownCprNumberIsNotFoundAndAskedOnlyOnce() {
        assertThatThrownBy(() -> lookup(Sf1520Fixtures.UNKNOWN))
                .isInstanceOf(PersonNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "cpr.person_not_found")
                .hasMessageNotContaining(Sf1520Fixtures.UNKNOWN);
        assertThat(FakePersonBaseDataService.calls(Sf1520Fixtures.UNKNOWN)).as("never retried").isEqualTo(1);
    }

    @Test
    void notFoundNeverOpensTheCircuit() {
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> lookup(Sf1520Fixtures.UNKNOWN)).isInstanceOf(PersonNotFoundException.class);
        }
        assertThat(circuits.currentState(CIRCUIT)).isEqualTo(CircuitBreakerState.CLOSED);
        assertThat(lookup(Sf1520Fixtures.ADULT).status()).isEqualTo(PersonStatus.ACTIVE);
    }

    @Test
    void aSlowRegisterTimesOutIsRetriedAndReportedUnavailable() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> lookup(Sf1520Fixtures.SLOW))
                .isInstanceOf(PersonRegisterUnavailableException.class)
                .hasFieldOrPropertyWithValue("code", "cpr.unavailable");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(FakePersonBaseDataService.calls(Sf1520Fixtures.SLOW)).as("first call and two retries").isEqualTo(3);
        assertThat(took).as("three attempts cut at the 1 s read time-out, not three of the fake's 4 s").isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void anHttp500IsRetriedAndThenReportedUnavailable() {
        assertThatThrownBy(() -> lookup(Sf1520Fixtures.FAILING))
                .isInstanceOf(PersonRegisterUnavailableException.class)
                .hasMessageContaining("HTTP 500");
        assertThat(FakePersonBaseDataService.calls(Sf1520Fixtures.FAILING)).isEqualTo(3);
    }

    @Test
    void repeatedFailuresOpenTheCircuitSoThatLookupsFailFastWithoutCallingTheRegister() {
        openTheCircuit();

        FakePersonBaseDataService.resetCalls();
        assertThatThrownBy(() -> lookup(Sf1520Fixtures.ADULT))
                .isInstanceOfSatisfying(PersonRegisterUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isPresent())
                .hasCauseInstanceOf(CircuitBreakerOpenException.class);
        assertThat(FakePersonBaseDataService.calls(Sf1520Fixtures.ADULT)).isZero();
    }

    @Test
    void theCircuitClosesAgainWhenTheRegisterAnswersAfterTheDelay() throws InterruptedException {
        openTheCircuit();

        Thread.sleep(1200);

        assertThat(lookup(Sf1520Fixtures.ADULT).status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(circuits.currentState(CIRCUIT)).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void readinessStaysUpButReportsTheRegisterDownWhileTheCircuitIsOpen() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'cpr-register' }.data.cpr", equalTo("UP"));

        openTheCircuit();

        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'cpr-register' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'cpr-register' }.data.cpr", equalTo("DOWN"))
                .body("checks.find { it.name == 'cpr-register' }.data.circuit", equalTo("open"));
        given().get("/q/health/group/integrations").then().statusCode(503)
                .body("checks.name", hasItem("cpr-register"))
                .body("checks.find { it.name == 'cpr-register' }.status", equalTo("DOWN"));
    }

    @Test
    void theIntegrationsGroupIsUpWhileTheRegisterAnswers() {
        given().get("/q/health/group/integrations").then().statusCode(200)
                .body("checks.find { it.name == 'cpr-register' }.status", equalTo("UP"));
    }

    @Test
    void tooManyConcurrentLookupsAreRefusedByTheBulkhead() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Throwable>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    try {
                        lookup(Sf1520Fixtures.SLOW);
                        return null;
                    } catch (Throwable t) {
                        return t;
                    }
                }));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<Throwable> f : results) {
                failures.add(f.get());
            }
            assertThat(failures).allSatisfy(t -> assertThat(t).isInstanceOf(PersonRegisterUnavailableException.class));
            assertThat(failures).anySatisfy(t -> assertThat(t).hasCauseInstanceOf(BulkheadException.class));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMunicipalityUsingInvocationContextIsServedToo() {
        Person p = tenants.callAs(TestMunicipalities.INVOKER, () -> register.lookup(CprNumber.of(Sf1520Fixtures.ADULT)));

        assertThat(p.status()).isEqualTo(PersonStatus.ACTIVE);
    }

    private void openTheCircuit() {
        for (int i = 0; i < 5 && circuits.currentState(CIRCUIT) != CircuitBreakerState.OPEN; i++) {
            assertThatThrownBy(() -> lookup(Sf1520Fixtures.FAILING)).isInstanceOf(PersonRegisterUnavailableException.class);
        }
        assertThat(circuits.currentState(CIRCUIT)).isEqualTo(CircuitBreakerState.OPEN);
    }
}
