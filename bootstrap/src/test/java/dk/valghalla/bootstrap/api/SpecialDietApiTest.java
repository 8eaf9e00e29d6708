package dk.valghalla.bootstrap.api;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class SpecialDietApiTest {
    @Inject
    RegisterTenantUseCase registerTenant;

    private Tenant tenant;
    private String admin;

    @BeforeEach
    void newMunicipality() {
        tenant = TestTenants.register(registerTenant, "diets");
        admin = TestLogins.admin("Dina Diæt", tenant.cvr().value());
    }

    private String create(String title) {
        return Api.as(tenant, admin).body("{\"title\":\"" + title + "\"}").post("/api/admin/special-diets")
                .then().statusCode(201).extract().path("id");
    }

    /** Æ, Ø, Å after Z, and "aa" counts as "å" (so "aalefri" follows "Åben"). */
    @Test
    void theDatabaseSortsTheListInDanishOrder() {
        for (String title : List.of("Åben sandwich", "Økologisk", "Vegetar", "Ærtefri", "aalefri", "Glutenfri")) {
            create(title);
        }
        Api.as(tenant, admin).get("/api/admin/special-diets").then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.title", equalTo(List.of("Glutenfri", "Vegetar", "Ærtefri", "Økologisk", "Åben sandwich", "aalefri")));
    }

    @Test
    void theListIsSearchedAndPagedOnTheServer() {
        for (String title : List.of("Laktosefri", "Glutenfri", "Nøddefri", "Vegetar", "Sukkerfri")) {
            create(title);
        }
        Api.as(tenant, admin).queryParam("q", "FRI").queryParam("page", 1).queryParam("size", 2)
                .get("/api/admin/special-diets").then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.title", equalTo(List.of("Nøddefri", "Sukkerfri")));
        Api.as(tenant, admin).queryParam("q", "%").get("/api/admin/special-diets").then()
                .body("total", equalTo(0));
    }

    @Test
    void anAdminCreatesRenamesAndDeletesADiet() {
        String id = create("Vegetar");
        Api.as(tenant, admin).body("{\"title\":\"Vegansk\",\"version\":0}").put("/api/admin/special-diets/" + id)
                .then().statusCode(200).body("title", equalTo("Vegansk")).body("version", equalTo(1));
        Api.as(tenant, admin).get("/api/admin/special-diets/" + id + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(true));
        Api.as(tenant, admin).delete("/api/admin/special-diets/" + id).then().statusCode(428)
                .body("code", equalTo("confirmation.required"));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/special-diets/" + id)
                .then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/special-diets/" + id).then().statusCode(404)
                .body("code", equalTo("special_diet.not_found"));
        Api.as(tenant, admin).queryParam("objectType", "SPECIAL_DIET").get("/api/admin/audit-entries").then()
                .body("items.action", equalTo(List.of("SPECIAL_DIET_DELETED", "SPECIAL_DIET_RENAMED", "SPECIAL_DIET_CREATED")));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        Api.as(tenant, admin).body("{\"title\":\"\"}").post("/api/admin/special-diets")
                .then().statusCode(400).body("violations.field", hasItem("title"));
        String id = create("Vegetar");
        Api.as(tenant, admin).body("{\"title\":\"X\"}").put("/api/admin/special-diets/" + id)
                .then().statusCode(400).body("violations.field", hasItem("version"));
        Api.as(tenant, admin).queryParam("size", 0).get("/api/admin/special-diets").then().statusCode(400);
    }

    @Test
    void aTitleCanBeUsedOnceAndStaleEditsAreRefused() {
        String id = create("Vegetar");
        create("Halal");
        Api.as(tenant, admin).body("{\"title\":\"VEGETAR\"}").post("/api/admin/special-diets")
                .then().statusCode(409).body("code", equalTo("special_diet.title_taken"));
        Api.as(tenant, admin).body("{\"title\":\"halal\",\"version\":0}").put("/api/admin/special-diets/" + id)
                .then().statusCode(409).body("code", equalTo("special_diet.title_taken"));
        Api.as(tenant, admin).body("{\"title\":\"Vegansk\",\"version\":0}").put("/api/admin/special-diets/" + id)
                .then().statusCode(200);
        Api.as(tenant, admin).body("{\"title\":\"Pescetar\",\"version\":0}").put("/api/admin/special-diets/" + id)
                .then().statusCode(409).body("code", equalTo("special_diet.modified_concurrently"));
        Api.as(tenant, admin).get("/api/admin/special-diets/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyTheMunicipalitysAdminsMayUseIt() {
        Api.at(tenant).get("/api/admin/special-diets").then().statusCode(401);
        Tenant other = TestTenants.register(registerTenant, "diets-other");
        Api.as(tenant, TestLogins.admin("Olga", other.cvr().value())).get("/api/admin/special-diets")
                .then().statusCode(403);
    }
}
