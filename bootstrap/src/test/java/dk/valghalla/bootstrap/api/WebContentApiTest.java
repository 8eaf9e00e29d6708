package dk.valghalla.bootstrap.api;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestElections;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The participant site's content: admins write it under /api/admin/web-content, everybody reads it under
 * /api/public/web-content (anonymous visitors included, per the role matrix).
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class WebContentApiTest {
    static final String LOGO = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Demo</title>"
            + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#003\"/></svg>";
    private static final String ADMIN = "/api/admin/web-content/";
    private static final String PUBLIC = "/api/public/web-content/";

    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    AgroalDataSource dataSource;

    private Tenant tenant;
    private String admin;

    @BeforeEach
    void newMunicipality() {
        tenant = TestTenants.register(registerTenant, "webcontent");
        admin = TestLogins.admin("Hanne Hjemmeside", tenant.cvr().value());
    }

    private RequestSpecification asAdmin() {
        return Api.as(tenant, admin);
    }

    private RequestSpecification anonymous() {
        return Api.at(tenant);
    }

    private RequestSpecification upload(String name, byte[] content) {
        return asAdmin().contentType("multipart/form-data").multiPart("file", name, content, "image/svg+xml");
    }

    private static String contact(String email, String digitalPost, String postalCode, int version) {
        return "{\"municipalityName\":\"Demo Kommune\",\"department\":\"Valgsekretariatet\","
                + "\"address\":\"Rådhuspladsen 1\",\"postalCode\":\"" + postalCode + "\",\"city\":\"Demoby\","
                + "\"phone\":\"70 10 18 18\",\"email\":" + (email == null ? "null" : "\"" + email + "\"")
                + ",\"digitalPostUrl\":" + (digitalPost == null ? "null" : "\"" + digitalPost + "\"")
                + ",\"version\":" + version + "}";
    }

    @Test
    void theFrontPageIsWrittenSanitizedVersionedAuditedAndPublic() {
        asAdmin().get(ADMIN + "front-page").then().statusCode(200)
                .body("title", equalTo("")).body("content", equalTo("")).body("version", equalTo(0));
        anonymous().get(PUBLIC + "front-page").then().statusCode(200)
                .body("title", nullValue()).body("content", equalTo(""));

        asAdmin().body("{\"title\":\"Bliv tilforordnet\",\"content\":\"<p onclick=\\\"steal()\\\">Vi mangler "
                        + "<strong>hjælpere</strong></p><script>alert(1)</script>\",\"version\":0}")
                .put(ADMIN + "front-page").then().statusCode(200)
                .body("content", equalTo("<p>Vi mangler <strong>hjælpere</strong></p>")).body("version", equalTo(1));
        anonymous().get(PUBLIC + "front-page").then().statusCode(200)
                .body("title", equalTo("Bliv tilforordnet"))
                .body("content", equalTo("<p>Vi mangler <strong>hjælpere</strong></p>"));

        asAdmin().body("{\"title\":\"Gammel\",\"content\":\"\",\"version\":0}").put(ADMIN + "front-page").then()
                .statusCode(409).body("code", equalTo("web_page.modified_concurrently"));
        asAdmin().body("{\"title\":\" \",\"content\":\"x\",\"version\":1}").put(ADMIN + "front-page").then()
                .statusCode(400).body("violations[0].field", equalTo("title"))
                .body("violations[0].code", equalTo("text.required"));
        asAdmin().body("{\"title\":\"x\"}").put(ADMIN + "front-page").then().statusCode(400)
                .body("violations.field", hasItem("version"));
        asAdmin().queryParam("objectType", "WEB_PAGE").get("/api/admin/audit-entries").then()
                .body("items.action", equalTo(List.of("WEB_PAGE_UPDATED")))
                .body("items[0].objectId", equalTo("FRONT_PAGE"))
                .body("items[0].summary", containsString("Bliv tilforordnet"));
    }

    @Test
    void theFaqIsPublicOnlyWhileSwitchedOn() {
        anonymous().get(PUBLIC + "faq").then().statusCode(404).body("code", equalTo("faq.not_active"));
        asAdmin().body("{\"content\":\"\",\"active\":true,\"version\":0}").put(ADMIN + "faq").then().statusCode(400)
                .body("violations[0].code", equalTo("web_page.content_required_when_active"));
        asAdmin().body("{\"content\":\"<h2>Hvornår møder jeg?</h2><p>Kl. 7.30</p>\",\"active\":false,\"version\":0}")
                .put(ADMIN + "faq").then().statusCode(200).body("active", equalTo(false));
        anonymous().get(PUBLIC + "faq").then().statusCode(404);
        anonymous().get(PUBLIC + "context").then().body("faqActive", equalTo(false));

        asAdmin().body("{\"content\":\"<h2>Hvornår møder jeg?</h2><p>Kl. 7.30</p>\",\"active\":true,\"version\":1}")
                .put(ADMIN + "faq").then().statusCode(200).body("version", equalTo(2));
        anonymous().get(PUBLIC + "faq").then().statusCode(200)
                .body("content", equalTo("<h2>Hvornår møder jeg?</h2><p>Kl. 7.30</p>"));
        anonymous().get(PUBLIC + "context").then().body("faqActive", equalTo(true));
        asAdmin().get(ADMIN + "faq").then().body("active", equalTo(true)).body("version", equalTo(2));
    }

    @Test
    void theDisclosureStatementAndTheDeclarationOfConsent() {
        anonymous().get(PUBLIC + "disclosure-statement").then().statusCode(200).body("content", equalTo(""));
        asAdmin().body("{\"content\":\"<h2>Behandling af dine oplysninger</h2><p>Kommunen er dataansvarlig.</p>\","
                + "\"version\":0}").put(ADMIN + "disclosure-statement").then().statusCode(200);
        anonymous().get(PUBLIC + "disclosure-statement").then()
                .body("content", startsWith("<h2>Behandling af dine oplysninger</h2>"));

        anonymous().get(PUBLIC + "consent-declaration").then().statusCode(404)
                .body("code", equalTo("consent_declaration.not_active"));
        asAdmin().body("{\"text\":\"   \",\"active\":true,\"version\":0}").put(ADMIN + "consent-declaration").then()
                .statusCode(400).body("violations[0].field", equalTo("text"));
        asAdmin().body("{\"text\":\"Jeg giver samtykke til,\\nat kommunen gemmer mine oplysninger.\",\"active\":true,"
                        + "\"version\":0}").put(ADMIN + "consent-declaration").then().statusCode(200)
                .body("text", equalTo("Jeg giver samtykke til,\nat kommunen gemmer mine oplysninger."));
        anonymous().get(PUBLIC + "consent-declaration").then().statusCode(200)
                .body("text", equalTo("Jeg giver samtykke til,\nat kommunen gemmer mine oplysninger."));
        anonymous().get(PUBLIC + "context").then().body("consentDeclarationActive", equalTo(true));
    }

    @Test
    void contactInformationNeedsEmailOrDigitalPostAndIsPublic() {
        anonymous().get(PUBLIC + "contact-information").then().statusCode(404)
                .body("code", equalTo("contact_information.not_found"));
        asAdmin().get(ADMIN + "contact-information").then().statusCode(200)
                .body("municipalityName", nullValue()).body("logo", nullValue()).body("version", equalTo(0));

        asAdmin().body(contact(null, null, "9999", 0)).put(ADMIN + "contact-information").then().statusCode(400)
                .body("violations[0].code", equalTo("contact_information.email_or_digital_post_required"));
        asAdmin().body(contact("valg@demo.dk", null, "999", 0)).put(ADMIN + "contact-information").then()
                .statusCode(400).body("violations[0].field", equalTo("postalCode"))
                .body("violations[0].code", equalTo("postal_code.invalid"));
        asAdmin().body(contact(null, "http://post.borger.dk", "9999", 0)).put(ADMIN + "contact-information").then()
                .statusCode(400).body("violations[0].code", equalTo("url.not_https"));

        asAdmin().body(contact("valg@demo.dk", "https://post.borger.dk/send/demo", "9999", 0))
                .put(ADMIN + "contact-information").then().statusCode(200).body("version", equalTo(1))
                .body("email", equalTo("valg@demo.dk"));
        anonymous().get(PUBLIC + "contact-information").then().statusCode(200)
                .body("municipalityName", equalTo("Demo Kommune")).body("department", equalTo("Valgsekretariatet"))
                .body("postalCode", equalTo("9999")).body("phone", equalTo("70 10 18 18"))
                .body("digitalPostUrl", equalTo("https://post.borger.dk/send/demo")).body("logoUrl", nullValue());
        asAdmin().body(contact("valg@demo.dk", null, "9999", 0)).put(ADMIN + "contact-information").then()
                .statusCode(409).body("code", equalTo("contact_information.modified_concurrently"));
        asAdmin().queryParam("action", "CONTACT_INFORMATION_UPDATED").get("/api/admin/audit-entries").then()
                .body("total", equalTo(1)).body("items[0].summary", containsString("Valgsekretariatet"));
    }

    @Test
    void anSvgLogoIsServedAsAnImageThatCannotRunScript() {
        byte[] logo = LOGO.getBytes(StandardCharsets.UTF_8);
        String url = upload("Demo kommune.svg", logo).put(ADMIN + "contact-information/logo").then().statusCode(200)
                .body("name", equalTo("Demo kommune.svg")).body("size", equalTo(logo.length))
                .body("url", startsWith(PUBLIC + "contact-information/logo?v=")).extract().path("url");
        anonymous().get(PUBLIC + "context").then().body("logoUrl", equalTo(url));
        asAdmin().get(ADMIN + "contact-information").then().body("logo.url", equalTo(url));

        Response served = anonymous().accept("image/svg+xml").get(url);
        served.then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertThat(served.asByteArray()).isEqualTo(logo);
        // The site-wide policy is sent too; a browser enforces both, so the logo's stricter one always holds.
        assertThat(served.headers().getValues("Content-Security-Policy"))
                .contains("default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
        anonymous().accept("image/svg+xml").header("If-None-Match", served.header("ETag")).get(url).then()
                .statusCode(304);
    }

    @Test
    void unsafeForeignAndOversizedLogosAreRefusedWithClearCodesAndTheOldLogoStays() {
        upload("logo.svg", LOGO.getBytes(StandardCharsets.UTF_8)).put(ADMIN + "contact-information/logo").then()
                .statusCode(200);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">";
        upload("x.svg", (svg + "<script>alert(document.cookie)</script></svg>").getBytes(StandardCharsets.UTF_8))
                .put(ADMIN + "contact-information/logo").then().statusCode(422).body("code", equalTo("logo.unsafe"))
                .body("detail", containsString("script"));
        upload("x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_8)).put(ADMIN + "contact-information/logo").then().statusCode(422)
                .body("code", equalTo("logo.unsafe"));
        upload("x.svg", (svg + "<a href=\"javascript:alert(1)\"><text>x</text></a></svg>")
                .getBytes(StandardCharsets.UTF_8)).put(ADMIN + "contact-information/logo").then().statusCode(422);
        upload("x.svg", ("<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + svg + "<text>&xxe;</text></svg>")
                .getBytes(StandardCharsets.UTF_8)).put(ADMIN + "contact-information/logo").then().statusCode(422);
        upload("x.svg", "%PDF-1.4 not an svg".getBytes(StandardCharsets.UTF_8))
                .put(ADMIN + "contact-information/logo").then().statusCode(415).body("code", equalTo("logo.not_svg"));
        byte[] big = (svg + "<!--" + "x".repeat(1024 * 1024) + "--></svg>").getBytes(StandardCharsets.UTF_8);
        upload("big.svg", big).put(ADMIN + "contact-information/logo").then().statusCode(413)
                .body("code", equalTo("logo.too_large"));
        asAdmin().contentType("multipart/form-data").multiPart("other", "x").put(ADMIN + "contact-information/logo")
                .then().statusCode(400).body("violations[0].code", equalTo("file.required"));

        assertThat(anonymous().accept("image/svg+xml").get(PUBLIC + "contact-information/logo").asByteArray())
                .isEqualTo(LOGO.getBytes(StandardCharsets.UTF_8));
        asAdmin().delete(ADMIN + "contact-information/logo").then().statusCode(204);
        anonymous().accept("image/svg+xml").get(PUBLIC + "contact-information/logo").then().statusCode(404)
                .body("code", equalTo("logo.not_found"));
        asAdmin().delete(ADMIN + "contact-information/logo").then().statusCode(404);
        asAdmin().queryParam("objectType", "CONTACT_INFORMATION").get("/api/admin/audit-entries").then()
                .body("items.action", equalTo(List.of("CONTACT_LOGO_REMOVED", "CONTACT_LOGO_CHANGED")));
    }

    @Test
    void onlyTheMunicipalitysAdminsWriteAndEverybodyReads() {
        String body = "{\"title\":\"Overtaget\",\"content\":\"\",\"version\":0}";
        Api.at(tenant).body(body).put(ADMIN + "front-page").then().statusCode(401)
                .body("code", equalTo("auth.unauthenticated"));
        Api.as(tenant, TestLogins.participant("Per Deltager", "0101901234")).body(body).put(ADMIN + "front-page")
                .then().statusCode(403);
        Api.as(tenant, TestLogins.employeeWithoutRole("Ib Ingenrolle", tenant.cvr().value())).body(body)
                .put(ADMIN + "front-page").then().statusCode(403);
        Tenant other = TestTenants.register(registerTenant, "otherweb");
        Api.as(tenant, TestLogins.admin("Olga Anden", other.cvr().value())).body(body).put(ADMIN + "front-page")
                .then().statusCode(403).body("code", equalTo("auth.forbidden"));
        Api.at(tenant).body(body).put(PUBLIC + "front-page").then().statusCode(405);
        Api.at(tenant).get(ADMIN + "front-page").then().statusCode(401);
        Api.as(tenant, TestLogins.participant("Per Deltager", "0101901234")).get(PUBLIC + "front-page").then()
                .statusCode(200);
        asAdmin().get(ADMIN + "front-page").then().body("version", equalTo(0));
    }

    @Test
    void theContextTellsWhetherAnElectionIsActive() throws Exception {
        anonymous().get(PUBLIC + "context").then().statusCode(200).body("anyActiveElection", equalTo(false))
                .body("faqActive", equalTo(false)).body("consentDeclarationActive", equalTo(false))
                .body("contactInformation", equalTo(false)).body("logoUrl", nullValue());
        var election = TestElections.insert(dataSource, tenant, false);
        anonymous().get(PUBLIC + "context").then().body("anyActiveElection", equalTo(false));
        TestElections.setActive(dataSource, tenant, election, true);
        anonymous().get(PUBLIC + "context").then().body("anyActiveElection", equalTo(true));
    }
}
