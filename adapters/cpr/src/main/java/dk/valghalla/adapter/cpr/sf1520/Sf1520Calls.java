package dk.valghalla.adapter.cpr.sf1520;

import dk.valghalla.adapter.cpr.sf1520.generated.PersonBaseDataExtendedPortType;
import dk.valghalla.adapter.cpr.sf1520.generated.PersonLookupRequestType;
import dk.valghalla.adapter.cpr.sf1520.generated.PersonLookupResponseType;
import dk.valghalla.adapter.cpr.sf1520.generated.ServiceplatformFault;
import dk.valghalla.adapter.cpr.sf1520.generated.fault.ErrorType;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.shared.CprNumber;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import org.apache.cxf.transport.http.HTTPException;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one guarded SF1520 call. It sorts every outcome into: an answer; {@link PersonNotFoundException} (final: not
 * retried, not a failure of the register); {@link Sf1520RefusedException} (configuration: not retried, does not open
 * the circuit); {@link Sf1520TransientException} (retried, counts towards opening the circuit).
 *
 * <p>Limits (the MicroProfile keys {@code dk.valghalla.adapter.cpr.sf1520.Sf1520Calls/lookup/<Annotation>/<field>}
 * override them): 6 s per attempt (above the 5 s HTTP read time-out, which normally fires first); 2 retries after
 * 100–500 ms, for transient failures only; the circuit opens when half of the last 10 calls failed and lets a trial
 * call through after 30 s; at most 60 calls at a time per instance (the CPR refresh takes up to
 * {@code valghalla.cpr-refresh.max-concurrent-calls}, 50 by default, of them). One circuit for all municipalities: an outage of
 * Serviceplatformen hits them all alike, while a municipality's configuration error never opens it.
 */
@ApplicationScoped
public class Sf1520Calls {
    /** The circuit's name, for {@code CircuitBreakerMaintenance} (health check, tests). */
    public static final String CIRCUIT = "sf1520";

    /** Serviceplatformen's fault text for an unknown CPR number. */
    private static final String NOT_FOUND_TEXT = "pnr not found";

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = {Sf1520TransientException.class, TimeoutException.class},
            abortOn = {PersonNotFoundException.class, Sf1520RefusedException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = {PersonNotFoundException.class, Sf1520RefusedException.class})
    @CircuitBreakerName(CIRCUIT)
    @Bulkhead(60)
    public PersonLookupResponseType lookup(PersonBaseDataExtendedPortType port, PersonLookupRequestType request,
                                           CprNumber cpr) {
        try {
            return port.personLookup(request);
        } catch (ServiceplatformFault fault) {
            String errors = describe(fault);
            if (isNotFound(fault.getMessage()) || isNotFound(errors)) {
                throw new PersonNotFoundException(cpr);
            }
            throw new Sf1520RefusedException("Serviceplatformen refused the call: " + CprNumber.maskAll(errors), null);
        } catch (SOAPFaultException fault) {
            String text = fault.getMessage();
            if (isNotFound(text)) {
                throw new PersonNotFoundException(cpr);
            }
            Integer status = responseCode(port);
            if (text != null && text.startsWith("Response was of unexpected")) {
                // No SOAP envelope at all: a gateway or load balancer answered, not the service.
                String problem = "HTTP " + (status == null ? "error" : status) + " without a SOAP answer from SF1520";
                if (status != null && status >= 400 && status < 500) {
                    throw new Sf1520RefusedException(problem, null);
                }
                throw new Sf1520TransientException(problem, null);
            }
            String code = fault.getFault() == null ? "" : fault.getFault().getFaultCodeAsQName().getLocalPart();
            if ("Client".equalsIgnoreCase(code)) {
                throw new Sf1520RefusedException("SOAP client fault: " + CprNumber.maskAll(text), null);
            }
            throw new Sf1520TransientException("SOAP server fault: " + CprNumber.maskAll(text), null);
        } catch (WebServiceException e) {
            Integer status = httpStatus(e);
            if (status == null) {
                status = responseCode(port);
            }
            if (status != null && status >= 400 && status < 500) {
                throw new Sf1520RefusedException("HTTP " + status + " from SF1520", null);
            }
            throw new Sf1520TransientException(transportProblem(e, status), null);
        }
    }

    /** The HTTP status of this thread's last call with the port (CXF keeps response contexts per thread). */
    private static Integer responseCode(PersonBaseDataExtendedPortType port) {
        if (port instanceof BindingProvider provider) {
            try {
                return provider.getResponseContext().get(MessageContext.HTTP_RESPONSE_CODE) instanceof Integer code ? code : null;
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isNotFound(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(NOT_FOUND_TEXT);
    }

    private static String describe(ServiceplatformFault fault) {
        List<ErrorType> errors = fault.getFaultInfo() == null || fault.getFaultInfo().getErrorList() == null ? List.of()
                : fault.getFaultInfo().getErrorList().getError();
        String listed = errors.stream().map(e -> e.getErrorCode() + " " + e.getErrorText()).collect(Collectors.joining("; "));
        return listed.isEmpty() ? String.valueOf(fault.getMessage()) : listed;
    }

    private static Integer httpStatus(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HTTPException http) {
                return http.getResponseCode();
            }
        }
        return null;
    }

    /** A short description without payload: causes may quote the request, which holds the CPR number. */
    private static String transportProblem(Throwable e, Integer status) {
        if (status != null) {
            return "HTTP " + status + " from SF1520";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io.getClass().getSimpleName() + " calling SF1520";
            }
        }
        return CprNumber.maskAll(String.valueOf(e.getMessage()));
    }
}
