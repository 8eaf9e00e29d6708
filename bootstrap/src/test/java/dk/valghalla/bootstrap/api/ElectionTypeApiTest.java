package dk.valghalla.bootstrap.api;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class ElectionTypeApiTest {
    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    AgroalDataSource dataSource;

    private Tenant tenant;
    private String admin;

    @BeforeEach
    void newMunicipality() {
        tenant = TestTenants.register(registerTenant, "types");
        admin = TestLogins.admin("Viggo Valg", tenant.cvr().value());
    }

    private String create(String title, String rulesJson) {
        return Api.as(tenant, admin).body("{\"title\":\"" + title + "\",\"rules\":" + rulesJson + "}")
                .post("/api/admin/election-types").then().statusCode(201).extract().path("id");
    }

    @Test
    void anAdminCreatesATypeWithEligibilityRules() {
        Api.as(tenant, admin)
                .body("{\"title\":\"Folketingsvalg\",\"rules\":[\"NOT_UNDER_GUARDIANSHIP\",\"AGE_18_ON_TASK_DATE\",\"DANISH_CITIZENSHIP\"]}")
                .post("/api/admin/election-types").then().statusCode(201)
                .body("rules", equalTo(List.of("AGE_18_ON_TASK_DATE", "DANISH_CITIZENSHIP", "NOT_UNDER_GUARDIANSHIP")));
        create("Kommunal- og regionsrådsvalg", "[\"RESIDENT_IN_MUNICIPALITY\"]");
        create("Europaparlamentsvalg", "[]");
        Api.as(tenant, admin).get("/api/admin/election-types").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.title", equalTo(List.of("Europaparlamentsvalg", "Folketingsvalg", "Kommunal- og regionsrådsvalg")));
    }

    @Test
    void revisingReplacesTheRules() {
        String id = create("Kommunalvalg", "[\"AGE_18_ON_TASK_DATE\"]");
        Api.as(tenant, admin).body("{\"title\":\"Kommunalvalg\",\"rules\":[\"RESIDENT_IN_MUNICIPALITY\",\"AGE_18_ON_TASK_DATE\"],\"version\":0}")
                .put("/api/admin/election-types/" + id).then().statusCode(200)
                .body("rules", equalTo(List.of("AGE_18_ON_TASK_DATE", "RESIDENT_IN_MUNICIPALITY"))).body("version", equalTo(1));
        Api.as(tenant, admin).body("{\"title\":\"Kommunalvalg\",\"rules\":[],\"version\":0}")
                .put("/api/admin/election-types/" + id).then().statusCode(409)
                .body("code", equalTo("election_type.modified_concurrently"));
        Api.as(tenant, admin).get("/api/admin/election-types/" + id).then()
                .body("rules", equalTo(List.of("AGE_18_ON_TASK_DATE", "RESIDENT_IN_MUNICIPALITY")));
    }

    @Test
    void badInputIsRefused() {
        Api.as(tenant, admin).body("{\"title\":\"X\",\"rules\":[\"OLD_ENOUGH\"]}").post("/api/admin/election-types")
                .then().statusCode(400).body("code", equalTo("request.malformed"));
        Api.as(tenant, admin).body("{\"title\":\"X\"}").post("/api/admin/election-types")
                .then().statusCode(400).body("violations.field", hasItem("rules"));
        String id = create("Folketingsvalg", "[]");
        Api.as(tenant, admin).body("{\"title\":\"Folketingsvalg\",\"rules\":[]}").put("/api/admin/election-types/" + id)
                .then().statusCode(400).body("violations.field", hasItem("version"));
        Api.as(tenant, admin).body("{\"title\":\"folketingsvalg\",\"rules\":[]}").post("/api/admin/election-types")
                .then().statusCode(409).body("code", equalTo("election_type.title_taken"));
    }

    @Test
    void aTypeUsedByAnElectionCannotBeDeleted() throws Exception {
        String id = create("Folketingsvalg", "[\"DANISH_CITIZENSHIP\"]");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("insert into "
                + tenant.id().schemaName() + ".election (id, title, election_type_id, lock_period_days, period_start,"
                + " period_end, election_date) values (?, ?, ?, 5, ?, ?, ?)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, "Folketingsvalg 2026");
            ps.setObject(3, UUID.fromString(id));
            ps.setObject(4, LocalDate.of(2026, 10, 1));
            ps.setObject(5, LocalDate.of(2026, 12, 1));
            ps.setObject(6, LocalDate.of(2026, 11, 3));
            ps.executeUpdate();
        }
        Api.as(tenant, admin).get("/api/admin/election-types/" + id + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("blockers[0].code", equalTo("election_type.in_use"))
                .body("blockers[0].params.count", equalTo("1"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/election-types/" + id)
                .then().statusCode(409).body("code", equalTo("election_type.in_use"));
        Api.as(tenant, admin).get("/api/admin/election-types/" + id).then().statusCode(200);
    }

    @Test
    void anUnusedTypeIsDeletedAfterConfirmationAndAudited() {
        String id = create("Folketingsvalg", "[]");
        Api.as(tenant, admin).delete("/api/admin/election-types/" + id).then().statusCode(428);
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/election-types/" + id).then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/election-types/" + id).then().statusCode(404)
                .body("code", equalTo("election_type.not_found"));
        Api.as(tenant, admin).queryParam("objectType", "ELECTION_TYPE").get("/api/admin/audit-entries").then()
                .body("items.action", equalTo(List.of("ELECTION_TYPE_DELETED", "ELECTION_TYPE_CREATED")))
                .body("items[1].summary", equalTo("Folketingsvalg []"));
    }
}
