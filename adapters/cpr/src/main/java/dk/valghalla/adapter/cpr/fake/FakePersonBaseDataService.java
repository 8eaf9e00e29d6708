package dk.valghalla.adapter.cpr.fake;

import dk.valghalla.adapter.cpr.sf1520.generated.PersonBaseDataExtendedPortType;
import dk.valghalla.adapter.cpr.sf1520.generated.PersonLookupRequestType;
import dk.valghalla.adapter.cpr.sf1520.generated.PersonLookupResponseType;
import dk.valghalla.adapter.cpr.sf1520.generated.ServiceplatformFault;
import dk.valghalla.adapter.cpr.sf1520.generated.fault.ErrorListType;
import dk.valghalla.adapter.cpr.sf1520.generated.fault.ErrorType;
import dk.valghalla.adapter.cpr.sf1520.generated.fault.ServiceplatformFaultType;
import jakarta.jws.WebService;
import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.interceptor.OutFaultInterceptors;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake SF1520 PersonBaseDataExtended server: a real SOAP endpoint implementing the service interface generated
 * from Valghalla's WSDL, answering with the persons of {@link Sf1520Fixtures}. It validates every request against
 * the WSDL's schema and refuses a request without AuthorityContext or InvocationContext, as the platform does.
 *
 * <p>Never published unless configured, e.g. in the test or local profile:
 * {@code quarkus.cxf.endpoint."/sf1520-fake".implementor=dk.valghalla.adapter.cpr.fake.FakePersonBaseDataService}
 * and {@code valghalla.cpr.mode=fake}, {@code valghalla.cpr.endpoint-url=http://localhost:8080/soap/sf1520-fake}
 * (with {@code quarkus.cxf.path=/soap}).
 */
@WebService(serviceName = "PersonBaseDataExtendedService", portName = "PersonBaseDataExtendedPort",
        targetNamespace = "http://serviceplatformen.dk/xml/wsdl/soap11/CPR/PersonBaseDataExtended/4/",
        endpointInterface = "dk.valghalla.adapter.cpr.sf1520.generated.PersonBaseDataExtendedPortType",
        wsdlLocation = "wsdl/sf1520/PersonBaseDataExtendedService.wsdl")
@SchemaValidation(type = SchemaValidation.SchemaValidationType.IN)
@OutFaultInterceptors(classes = FakeGatewayErrorInterceptor.class)
public class FakePersonBaseDataService implements PersonBaseDataExtendedPortType {
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger PEAK_IN_FLIGHT = new AtomicInteger();

    @Override
    public PersonLookupResponseType personLookup(PersonLookupRequestType request) throws ServiceplatformFault {
        PEAK_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
        try {
            Duration latency = setting("valghalla.cpr.fake.latency", Duration.class).orElse(Duration.ZERO);
            if (!latency.isZero()) {
                sleep(latency);
            }
            return answer(request);
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
    }

    private PersonLookupResponseType answer(PersonLookupRequestType request) throws ServiceplatformFault {
        String pnr = request.getPNR();
        CALLS.computeIfAbsent(pnr, k -> new AtomicInteger()).incrementAndGet();
        if (request.getAuthorityContext() == null && request.getInvocationContext() == null) {
            throw fault("Neither AuthorityContext nor InvocationContext given", "SP-CONTEXT",
                    "The call has no AuthorityContext or InvocationContext");
        }
        switch (pnr) {
            case Sf1520Fixtures.FAILING -> throw new FakeGatewayFailure();
            case Sf1520Fixtures.SLOW -> sleep(slowDelay());
            default -> { }
        }
        if (setting("valghalla.cpr.fake.everyone-known", Boolean.class).orElse(false)
                && Sf1520Fixtures.response(pnr).isEmpty() && !Sf1520Fixtures.UNKNOWN.equals(pnr)) {
            return Sf1520Fixtures.generated(pnr);
        }
        return Sf1520Fixtures.response(pnr).orElseThrow(
                () -> fault("PNR not found", "CPR-NOT-FOUND", "PNR not found"));
    }

    /** The most look-ups the fake served at the same time since the last {@link #resetCalls()}. */
    public static int peakConcurrentCalls() {
        return PEAK_IN_FLIGHT.get();
    }

    /** How often the fake was asked for this CPR number since the last {@link #resetCalls()}. */
    public static int calls(String pnr) {
        AtomicInteger n = CALLS.get(pnr);
        return n == null ? 0 : n.get();
    }

    public static void resetCalls() {
        CALLS.clear();
        PEAK_IN_FLIGHT.set(0);
    }

    /** Settings of the fake (latency for benchmarks: {@code valghalla.cpr.fake.latency}); read at every call. */
    private static <T> java.util.Optional<T> setting(String key, Class<T> type) {
        return ConfigProvider.getConfig().getOptionalValue(key, type);
    }

    private static ServiceplatformFault fault(String message, String code, String text) {
        ErrorType error = new ErrorType();
        error.setErrorCode(code);
        error.setErrorText(text);
        ErrorListType list = new ErrorListType();
        list.getError().add(error);
        ServiceplatformFaultType detail = new ServiceplatformFaultType();
        detail.setErrorList(list);
        return new ServiceplatformFault(message, detail);
    }

    private static Duration slowDelay() {
        return ConfigProvider.getConfig().getOptionalValue("valghalla.cpr.fake.slow-delay", Duration.class)
                .orElse(Duration.ofSeconds(10));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
