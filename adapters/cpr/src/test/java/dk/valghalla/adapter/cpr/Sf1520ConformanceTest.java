package dk.valghalla.adapter.cpr;

import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.adapter.cpr.support.FakeSf1520Server;
import dk.valghalla.adapter.cpr.support.OfficialSf1520Contract;
import dk.valghalla.adapter.cpr.support.RecordingInterceptor;
import dk.valghalla.adapter.cpr.support.TestMunicipalities;
import dk.valghalla.adapter.cpr.support.TestTenantContext;
import dk.valghalla.application.participant.port.out.PersonRegister;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.tenant.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Conformance with the official SF1520 v4 contract: the requests the adapter sends, as they arrive at the fake
 * server, and the answers the fake gives over HTTP, validated against KOMBIT's XSDs with javax.xml.validation.
 * Skipped, with a message, on machines without the contract folder.
 */
@QuarkusTest
@QuarkusTestResource(FakeSf1520Server.class)
class Sf1520ConformanceTest {
    private static final String V4 = "http://serviceplatformen.dk/xml/wsdl/soap11/CPR/PersonBaseDataExtended/4/";
    private static final List<String> ANSWERING = List.of(Sf1520Fixtures.ADULT, Sf1520Fixtures.MINOR, Sf1520Fixtures.DEAD,
            Sf1520Fixtures.DISAPPEARED, Sf1520Fixtures.FOREIGN_CITIZEN, Sf1520Fixtures.OTHER_MUNICIPALITY,
            Sf1520Fixtures.UNDER_GUARDIANSHIP, Sf1520Fixtures.PROTECTED_ADDRESS, Sf1520Fixtures.EMIGRATED,
            Sf1520Fixtures.NO_DIGITAL_POST);

    private static OfficialSf1520Contract contract;

    @Inject
    PersonRegister register;
    @Inject
    TestTenantContext tenants;
    @Inject
    CircuitBreakerMaintenance circuits;
    @TestHTTPResource("/soap/sf1520-fake")
    URI endpoint;

    @BeforeAll
    static void officialContract() throws SAXException {
        contract = OfficialSf1520Contract.load().orElse(null);
    }

    @BeforeEach
    void requireTheContract() {
        assumeTrue(contract != null, "The official SF1520 contract is not on this machine (looked for ../shared/specs/sf1520 "
                + "next to the repository root, or -Dvalghalla.sf1520.specs): conformance not checked");
        circuits.resetAll();
        RecordingInterceptor.clear();
    }

    @Test
    void theContractIsFoundNextToTheRepository() {
        assertThat(OfficialSf1520Contract.location()).isPresent();
    }

    @Test
    void aRequestWithAuthorityContextConformsToTheOfficialSchema() throws Exception {
        Element request = sentRequest(TestMunicipalities.DEMO, Sf1520Fixtures.ADULT);

        contract.validate(request);
        assertThat(request.getNamespaceURI()).isEqualTo(V4);
        assertThat(request.getLocalName()).isEqualTo("PersonLookupRequest");
        assertThat(request.getTextContent()).contains("29189846").contains(Sf1520Fixtures.ADULT);
    }

    @Test
    void aRequestWithInvocationContextConformsToTheOfficialSchemaWithLowerCaseUuids() throws Exception {
        Element request = sentRequest(TestMunicipalities.INVOKER, Sf1520Fixtures.ADULT);

        contract.validate(request);
        assertThat(request.getElementsByTagNameNS("http://serviceplatformen.dk/xml/schemas/InvocationContext/1/",
                "ServiceAgreementUUID").item(0).getTextContent()).isEqualTo("2f1d5c6a-0c7e-4e2b-9a7d-1b3c5d7e9f01");
        assertThat(request.getElementsByTagNameNS("http://serviceplatformen.dk/xml/schemas/InvocationContext/1/",
                "ServiceUUID").item(0).getTextContent()).isEqualTo("e6be2436-bf35-4df2-83fe-925142825dc2");
    }

    @Test
    void theOfficialSchemaRefusesARequestThatBreaksIt() {
        Element request = sentRequest(TestMunicipalities.INVOKER, Sf1520Fixtures.ADULT);
        request.getElementsByTagNameNS("http://serviceplatformen.dk/xml/schemas/InvocationContext/1/", "UserUUID").item(0)
                .setTextContent("0F1E2D3C-4B5A-4968-8776-5A4B3C2D1E0F");

        assertThatThrownBy(() -> contract.validate(request)).as("upper-case UUIDs are invalid on the platform")
                .isInstanceOf(SAXException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {Sf1520Fixtures.ADULT, Sf1520Fixtures.MINOR, Sf1520Fixtures.DEAD, Sf1520Fixtures.DISAPPEARED,
            Sf1520Fixtures.FOREIGN_CITIZEN, Sf1520Fixtures.OTHER_MUNICIPALITY, Sf1520Fixtures.UNDER_GUARDIANSHIP,
            Sf1520Fixtures.PROTECTED_ADDRESS, Sf1520Fixtures.EMIGRATED, Sf1520Fixtures.NO_DIGITAL_POST})
    void theFakesAnswerConformsToTheOfficialSchema(String cpr) throws Exception {
        HttpResponse<String> response = post(envelope(cpr));

        assertThat(response.statusCode()).isEqualTo(200);
        Element answer = OfficialSf1520Contract.bodyContent(response.body());
        assertThat(answer.getLocalName()).isEqualTo("PersonLookupResponse");
        contract.validate(answer);
    }

    @Test
    void theFakesNotFoundFaultCarriesAnOfficialServiceplatformFault() throws Exception {
        HttpResponse<String> response = post(envelope(Sf1520Fixtures.UNKNOWN));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("PNR not found");
        Element detail = OfficialSf1520Contract.faultDetail(response.body());
        assertThat(detail.getLocalName()).isEqualTo("ServiceplatformFault");
        contract.validate(detail);
    }

    @Test
    void everyAnsweringFixtureIsCovered() {
        assertThat(ANSWERING).hasSize(10).doesNotHaveDuplicates();
    }

    private Element sentRequest(Tenant tenant, String cpr) {
        RecordingInterceptor.clear();
        try {
            tenants.callAs(tenant, () -> register.lookup(CprNumber.of(cpr)));
        } catch (PersonNotFoundException ignored) {
            // the request is what counts here
        }
        // Usually one request; a retry after a slow first call (cold JVM) sends the same request again.
        assertThat(RecordingInterceptor.requests()).isNotEmpty();
        return OfficialSf1520Contract.bodyContent(RecordingInterceptor.requests().get(0));
    }

    private HttpResponse<String> post(String envelope) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"" + V4 + "PersonLookup\"")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String envelope(String cpr) {
        return """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
                  <soap:Body>
                    <PersonLookupRequest xmlns="%s">
                      <AuthorityContext xmlns="http://serviceplatformen.dk/xml/schemas/AuthorityContext/1/">
                        <MunicipalityCVR>29189846</MunicipalityCVR>
                      </AuthorityContext>
                      <PNR xmlns="http://serviceplatformen.dk/xml/schemas/cpr/PNR/1/">%s</PNR>
                    </PersonLookupRequest>
                  </soap:Body>
                </soap:Envelope>
                """.formatted(V4, cpr);
    }
}
