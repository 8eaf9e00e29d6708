package dk.valghalla.bootstrap.api;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class TaskTypeApiTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    RegisterTenantUseCase registerTenant;

    private Tenant tenant;
    private String admin;

    @BeforeEach
    void newMunicipality() {
        tenant = TestTenants.register(registerTenant, "tasktypes");
        admin = TestLogins.admin("Tove Opgave", tenant.cvr().value());
    }

    private static String body(String title, String shortName, String start, String end, String extra) {
        return "{\"title\":\"" + title + "\",\"shortName\":\"" + shortName + "\",\"startTime\":\"" + start
                + "\",\"endTime\":\"" + end + "\"" + extra + "}";
    }

    private String create(String title, String shortName, String start, String end) {
        return Api.as(tenant, admin).body(body(title, shortName, start, end, "")).post("/api/admin/task-types")
                .then().statusCode(201).extract().path("id");
    }

    private RequestSpecification upload(String name, byte[] content, String contentType) {
        return Api.as(tenant, admin).contentType("multipart/form-data").multiPart("file", name, content, contentType);
    }

    @Test
    void anAdminCreatesATaskTypeWhoseDescriptionIsSanitized() {
        Api.as(tenant, admin).body(body("Tilforordnet", "TF", "08:00", "20:00",
                        ",\"description\":\"<p onclick=\\\"steal()\\\">Mød <strong>op</strong></p><script>alert(1)</script>"
                                + "<a href=\\\"javascript:alert(1)\\\">x</a>\",\"payment\":800,\"trusted\":true,"
                                + "\"sendReminder\":true"))
                .post("/api/admin/task-types").then().statusCode(201)
                .body("description", equalTo("<p>Mød <strong>op</strong></p>x"))
                .body("startTime", equalTo("08:00")).body("endTime", equalTo("20:00"))
                .body("payment", equalTo(800)).body("trusted", equalTo(true)).body("sendReminder", equalTo(true))
                .body("validationNotRequired", equalTo(false)).body("files", equalTo(List.of()));
        create("Øl-tæller", "ØT", "17:00", "23:59");
        create("Brevstemmemodtager", "BM", "08:00", "16:00");
        Api.as(tenant, admin).get("/api/admin/task-types").then().statusCode(200).body("total", equalTo(3))
                .body("items.title", equalTo(List.of("Brevstemmemodtager", "Tilforordnet", "Øl-tæller")));
        Api.as(tenant, admin).queryParam("q", "øt").get("/api/admin/task-types").then()
                .body("items.shortName", equalTo(List.of("ØT")));
    }

    @Test
    void duplicatesNeedTitleShortNameStartAndEndAllEqual() {
        create("Tilforordnet", "TF", "08:00", "14:00");
        create("Tilforordnet", "TF", "14:00", "20:00");
        create("Tilforordnet", "TF2", "08:00", "14:00");
        Api.as(tenant, admin).body(body("TILFORORDNET", "tf", "08:00", "14:00", "")).post("/api/admin/task-types")
                .then().statusCode(409).body("code", equalTo("task_type.duplicate"));
    }

    @Test
    void badInputIsRefused() {
        Api.as(tenant, admin).body(body("Fintæller", "FT", "17:00", "09:00", "")).post("/api/admin/task-types")
                .then().statusCode(400).body("violations[0].field", equalTo("endTime"))
                .body("violations[0].code", equalTo("task_type.end_not_after_start"));
        Api.as(tenant, admin).body(body("Fintæller", "x".repeat(51), "25:00", "09:00", ",\"payment\":-1"))
                .post("/api/admin/task-types").then().statusCode(400)
                .body("violations.field", hasItem("shortName")).body("violations.field", hasItem("startTime"))
                .body("violations.field", hasItem("payment"));
        String id = create("Fintæller", "FT", "17:00", "23:00");
        Api.as(tenant, admin).body(body("Fintæller", "FT", "17:00", "23:30", ",\"version\":0"))
                .put("/api/admin/task-types/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("endTime", equalTo("23:30"));
        Api.as(tenant, admin).body(body("Fintæller", "FT", "17:00", "23:00", ",\"version\":0"))
                .put("/api/admin/task-types/" + id).then().statusCode(409)
                .body("code", equalTo("task_type.modified_concurrently"));
        Api.as(tenant, admin).body(body("Fintæller", "FT", "17:00", "23:00", ""))
                .put("/api/admin/task-types/" + id).then().statusCode(400).body("violations.field", hasItem("version"));
    }

    @Test
    void aPdfIsAttachedDownloadedAndRemovedAndEverythingIsAudited() {
        String id = create("Valgstyrer", "VS", "07:00", "22:00");
        String fileId = upload("Vejledning til valgstyrere.pdf", PDF, "application/pdf")
                .post("/api/admin/task-types/" + id + "/files").then().statusCode(201)
                .body("name", equalTo("Vejledning til valgstyrere.pdf")).body("size", equalTo(PDF.length))
                .body("contentType", equalTo("application/pdf")).extract().path("id");
        Api.as(tenant, admin).get("/api/admin/task-types/" + id).then().body("files.id", equalTo(List.of(fileId)));

        byte[] downloaded = Api.as(tenant, admin).accept("application/pdf")
                .get("/api/admin/task-types/" + id + "/files/" + fileId).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(PDF);

        Api.as(tenant, admin).delete("/api/admin/task-types/" + id + "/files/" + fileId).then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/task-types/" + id).then().body("files", equalTo(List.of()));
        Api.as(tenant, admin).queryParam("objectType", "TASK_TYPE").get("/api/admin/audit-entries").then()
                .body("items.action", equalTo(List.of("TASK_TYPE_FILE_REMOVED", "TASK_TYPE_FILE_ADDED", "TASK_TYPE_CREATED")))
                .body("items[1].summary", containsString("Vejledning til valgstyrere.pdf"));
    }

    @Test
    void aDisguisedNonPdfAnOversizedFileAndTooManyFilesAreRefused() {
        String id = create("Valgstyrer", "VS", "07:00", "22:00");
        upload("guide.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/api/admin/task-types/" + id + "/files").then().statusCode(415)
                .body("code", equalTo("file.not_pdf"));

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload("stor.pdf", big, "application/pdf").post("/api/admin/task-types/" + id + "/files").then()
                .statusCode(413).body("code", equalTo("file.too_large"));

        for (int i = 0; i < 10; i++) {
            upload("guide" + i + ".pdf", PDF, "application/pdf").post("/api/admin/task-types/" + id + "/files")
                    .then().statusCode(201);
        }
        upload("guide10.pdf", PDF, "application/pdf").post("/api/admin/task-types/" + id + "/files").then()
                .statusCode(409).body("code", equalTo("file.too_many"));
        Api.as(tenant, admin).contentType("multipart/form-data").multiPart("other", "x")
                .post("/api/admin/task-types/" + id + "/files").then().statusCode(400)
                .body("violations[0].code", equalTo("file.required"));
    }

    @Test
    void aFileIsOnlyReachableThroughItsOwnTaskTypeAndMunicipality() {
        String a = create("Valgstyrer", "VS", "07:00", "22:00");
        String b = create("Tilforordnet", "TF", "08:00", "20:00");
        String fileId = upload("guide.pdf", PDF, "application/pdf").post("/api/admin/task-types/" + a + "/files")
                .then().statusCode(201).extract().path("id");
        Api.as(tenant, admin).accept("application/pdf").get("/api/admin/task-types/" + b + "/files/" + fileId)
                .then().statusCode(404).body("code", equalTo("task_type.file_not_found"));
        Api.as(tenant, admin).delete("/api/admin/task-types/" + b + "/files/" + fileId).then().statusCode(404);
        Api.as(tenant, admin).get("/api/admin/files/" + fileId).then().statusCode(404);

        Tenant other = TestTenants.register(registerTenant, "othertasks");
        String otherAdmin = TestLogins.admin("Olga Anden", other.cvr().value());
        Api.as(other, otherAdmin).accept("application/pdf").get("/api/admin/task-types/" + a + "/files/" + fileId)
                .then().statusCode(404);
        Api.as(tenant, otherAdmin).accept("application/pdf").get("/api/admin/task-types/" + a + "/files/" + fileId)
                .then().statusCode(403);
    }

    @Test
    void aTaskTypeIsDeletedWithItsFilesAfterConfirmation() {
        String id = create("Valgstyrer", "VS", "07:00", "22:00");
        upload("guide.pdf", PDF, "application/pdf").post("/api/admin/task-types/" + id + "/files").then().statusCode(201);
        Api.as(tenant, admin).get("/api/admin/task-types/" + id + "/deletion-preview").then().statusCode(200)
                .body("allowed", equalTo(true)).body("warnings", equalTo(List.of()));
        Api.as(tenant, admin).delete("/api/admin/task-types/" + id).then().statusCode(428)
                .body("code", equalTo("confirmation.required")).body("consequences.allowed", equalTo(true));
        Api.as(tenant, admin).queryParam("confirmed", true).delete("/api/admin/task-types/" + id).then().statusCode(204);
        Api.as(tenant, admin).get("/api/admin/task-types/" + id).then().statusCode(404)
                .body("code", equalTo("task_type.not_found")).body("detail", not(nullValue()));
        Api.as(tenant, admin).queryParam("objectType", "TASK_TYPE").get("/api/admin/audit-entries").then()
                .body("items[0].action", equalTo("TASK_TYPE_DELETED"));
    }
}
