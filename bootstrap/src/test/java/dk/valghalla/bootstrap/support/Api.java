package dk.valghalla.bootstrap.support;

import dk.valghalla.domain.tenant.Tenant;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as a browser of a municipality's host would send them (Host header, CSRF double submit). */
public final class Api {
    public static final String CSRF = "test-csrf-token";

    private Api() {
    }

    public static RequestSpecification at(Tenant tenant) {
        return at(TestTenants.host(tenant));
    }

    public static RequestSpecification at(String host) {
        return RestAssured.given()
                .header("Host", host)
                .cookie("XSRF-TOKEN", CSRF)
                .header("X-XSRF-TOKEN", CSRF)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .redirects().follow(false);
    }

    public static RequestSpecification as(Tenant tenant, String bearerToken) {
        return at(tenant).auth().oauth2(bearerToken);
    }
}
