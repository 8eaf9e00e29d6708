package dk.valghalla.bootstrap.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No request at municipality B's host can read or change municipality A's data: for <em>every</em> endpoint of the
 * admin, participant and public APIs, as listed in the OpenAPI document (so endpoints added later are covered
 * without touching this test), with B's admin, with A's admin presenting its credentials at B's host, and
 * anonymously. Path parameters are filled with the ids of A's objects; bodies are generated from the OpenAPI schema.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class CrossTenantIsolationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Inject
    RegisterTenantUseCase registerTenant;

    record Endpoint(String method, String path) {
    }

    @Test
    void noEndpointLetsOneMunicipalityReadOrChangeAnothersData() throws Exception {
        Tenant a = TestTenants.register(registerTenant, "tenant-a");
        Tenant b = TestTenants.register(registerTenant, "tenant-b");
        String adminA = TestLogins.admin("Alma A", a.cvr().value());
        String adminB = TestLogins.admin("Bent B", b.cvr().value());
        String participant = TestLogins.participant("Petra P", "0101901234");

        String secret = "A-secret-" + UUID.randomUUID();
        Api.as(a, adminA).body("{\"name\":\"" + secret + "\",\"description\":\"" + secret + "\"}")
                .post("/api/admin/areas").then().statusCode(201);
        Api.as(a, adminA).body("{\"name\":\"" + secret + "-2\"}").post("/api/admin/areas").then().statusCode(201);
        String teamOfA = Api.as(a, adminA).body("{\"name\":\"Team " + secret + "\",\"shortName\":\"T\"}")
                .post("/api/admin/teams").then().statusCode(201).extract().path("id");
        String participantOfA = Api.as(a, adminA).body("{\"cpr\":\"0101901234\",\"teamIds\":[\"" + teamOfA
                + "\"],\"email\":\"secret@example.dk\"}").post("/api/admin/participants").then().statusCode(201)
                .extract().path("id");
        Api.as(a, adminA).body("{\"text\":\"" + secret + "\"}").post("/api/admin/participants/" + participantOfA + "/comments")
                .then().statusCode(201);

        JsonNode openApi = JSON.readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi").asString());
        List<Endpoint> endpoints = endpoints(openApi);
        assertThat(endpoints).as("the OpenAPI document lists the tenant APIs")
                .contains(new Endpoint("get", "/api/admin/areas"), new Endpoint("delete", "/api/admin/areas/{id}"),
                        new Endpoint("put", "/api/admin/areas/{id}"), new Endpoint("get", "/api/admin/audit-entries"),
                        new Endpoint("get", "/api/admin/participants/{id}/cpr"),
                        new Endpoint("post", "/api/admin/participants/bulk-deletions"));

        Set<String> idsOfA = harvestIds(a, adminA, endpoints);
        assertThat(idsOfA).as("A's objects were found to attack with").hasSizeGreaterThanOrEqualTo(4)
                .contains(participantOfA);
        Map<String, String> snapshotOfA = snapshot(a, adminA, endpoints);

        int attacks = 0;
        for (Endpoint endpoint : endpoints) {
            for (String id : idsOfA) {
                String path = endpoint.path().replaceAll("\\{[^}]+}", id);
                String body = endpoint.method().matches("post|put|patch") ? sampleBody(openApi, endpoint) : null;
                for (Attacker attacker : List.of(
                        new Attacker("B's admin", adminB),
                        new Attacker("A's admin at B's host", adminA),
                        new Attacker("a participant", participant),
                        new Attacker("anonymous", null))) {
                    Response r = send(b, attacker.token(), endpoint.method(), path, body);
                    attacks++;
                    String what = attacker.name() + " " + endpoint.method().toUpperCase() + " " + path + " -> "
                            + r.statusCode() + " " + r.asString();
                    assertThat(r.asString()).as(what).doesNotContain(secret).doesNotContain("0101901234");
                    if (endpoint.path().contains("{")) {
                        assertThat(r.statusCode()).as(what).isGreaterThanOrEqualTo(400);
                    }
                    if (attacker.token() == adminA && endpoint.path().startsWith("/api/admin/")) {
                        assertThat(r.statusCode()).as(what).isIn(400, 401, 403, 404, 405, 415);
                    }
                }
                if (!endpoint.path().contains("{")) {
                    break; // one round is enough for endpoints without ids
                }
            }
        }
        assertThat(attacks).isGreaterThan(20);
        assertThat(snapshot(a, adminA, endpoints)).as("A's data after all attacks").isEqualTo(snapshotOfA);
    }

    record Attacker(String name, String token) {
    }

    private static List<Endpoint> endpoints(JsonNode openApi) {
        List<Endpoint> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            var p = paths.next();
            if (!p.getKey().matches("/api/(admin|participant|public)/.*")) {
                continue;
            }
            p.getValue().fieldNames().forEachRemaining(m -> {
                if (METHODS.contains(m)) {
                    result.add(new Endpoint(m, p.getKey()));
                }
            });
        }
        return result;
    }

    /** Every "id" in the responses of A's own list endpoints. */
    private static Set<String> harvestIds(Tenant a, String adminA, List<Endpoint> endpoints) {
        Set<String> ids = new LinkedHashSet<>();
        for (Endpoint e : endpoints) {
            if (e.method().equals("get") && !e.path().contains("{") && e.path().startsWith("/api/admin/")
                    && !e.path().contains("audit") && !isFile(e.path())) {
                collectIds(JSON.valueToTree(Api.as(a, adminA).get(e.path()).as(Object.class)), ids);
            }
        }
        return ids;
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("id") && f.getValue().isTextual()) {
                    ids.add(f.getValue().asText());
                } else {
                    collectIds(f.getValue(), ids);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectIds(n, ids));
        }
    }

    /** What A's admin sees on every list endpoint (the audit log included: a change by B in A would show there). */
    private static Map<String, String> snapshot(Tenant a, String adminA, List<Endpoint> endpoints) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            if (e.method().equals("get") && !e.path().contains("{") && e.path().startsWith("/api/admin/")
                    && !e.path().endsWith("/me") && !isFile(e.path())) {
                snapshot.put(e.path(), Api.as(a, adminA).get(e.path()).then().statusCode(200).extract().asString());
            }
        }
        return snapshot;
    }

    private static Response send(Tenant b, String token, String method, String path, String body) {
        RequestSpecification spec = token == null ? Api.at(b) : Api.as(b, token);
        if (isFile(path)) {
            spec = spec.accept("*/*");
        }
        if (method.equals("delete")) {
            spec = spec.queryParam("confirmed", true); // the strongest form of every destructive call
        }
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.request(method.toUpperCase(), path);
    }

    /**
     * A file download (CSV/XLSX export): attacked with {@code Accept: *}{@code /*}; left out of the harvest (not JSON)
     * and of the snapshot (every export writes an audit entry, which would change A's audit log by itself).
     */
    private static boolean isFile(String path) {
        return path.endsWith("/export") || path.endsWith("-export");
    }

    private static String sampleBody(JsonNode openApi, Endpoint endpoint) {
        JsonNode schema = openApi.path("paths").path(endpoint.path()).path(endpoint.method())
                .path("requestBody").path("content").path("application/json").path("schema");
        return sample(openApi, schema, 0).toString();
    }

    private static JsonNode sample(JsonNode openApi, JsonNode schema, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return sample(openApi, openApi.path("components").path("schemas").path(name), depth + 1);
        }
        if (depth > 5) {
            return f.nullNode();
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "string":
                return f.textNode("uuid".equals(schema.path("format").asText()) ? UUID.randomUUID().toString() : "Probe from B");
            case "integer":
            case "number":
                return f.numberNode(0);
            case "boolean":
                return f.booleanNode(false);
            case "array":
                ArrayNode array = f.arrayNode();
                array.add(sample(openApi, schema.path("items"), depth + 1));
                return array;
            default:
                ObjectNode object = f.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(openApi, p.getValue(), depth + 1)));
                return object;
        }
    }
}
