package dk.valghalla.bootstrap.cpr;

import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.application.participant.port.out.PersonRegister;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

/**
 * The app is wired to the CPR register: in the test profile the fake SF1520 server runs on the app itself and the
 * SF1520 adapter calls it over real HTTP/SOAP, whatever port the test app got.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class CprRegisterWiringTest {
    @Inject
    PersonRegister register;
    @Inject
    TenantWork tenantWork;
    @Inject
    RegisterTenantUseCase registerTenant;

    @Test
    void theAppLooksPersonsUpInTheFakeRegisterOverSoap() {
        Tenant tenant = TestTenants.register(registerTenant, "cpr-wiring");

        Person person = tenantWork.callAs(tenant, () -> register.lookup(CprNumber.of(Sf1520Fixtures.ADULT)));

        assertThat(person.name().fullName()).isEqualTo("Anne Marie Jensen");
        assertThatThrownBy(() -> tenantWork.runAs(tenant, () -> register.lookup(CprNumber.of(Sf1520Fixtures.UNKNOWN))))
                .isInstanceOf(PersonNotFoundException.class);
    }

    @Test
    void readinessReportsTheCprRegisterWithoutCallingIt() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("cpr-register"));
    }
}
