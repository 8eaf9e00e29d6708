package dk.valghalla.adapter.cpr.sf1520;

import dk.valghalla.adapter.cpr.CprAvailability;
import dk.valghalla.application.participant.port.out.PersonRegister;
import dk.valghalla.application.tenant.TenantContext;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.participant.PersonRegisterUnavailableException;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * {@link PersonRegister} over SF1520 PersonBaseDataExtended: looks a CPR number up for the current municipality and
 * turns the answer into a {@link Person}. Every failure that is not "no such person" becomes
 * {@link PersonRegisterUnavailableException}. Log lines carry masked CPR numbers only.
 */
@ApplicationScoped
public class Sf1520PersonRegister implements PersonRegister {
    private static final Logger LOG = Logger.getLogger(Sf1520PersonRegister.class);
    /** A hint for clients while the circuit is open (its delay). */
    private static final Duration RETRY_AFTER_OPEN_CIRCUIT = Duration.ofSeconds(30);

    private final TenantContext tenantContext;
    private final Sf1520TenantSettingsResolver settingsResolver;
    private final Sf1520Clients clients;
    private final Sf1520Calls calls;
    private final CprAvailability availability;

    public Sf1520PersonRegister(TenantContext tenantContext, Sf1520TenantSettingsResolver settingsResolver,
                                Sf1520Clients clients, Sf1520Calls calls, CprAvailability availability) {
        this.tenantContext = tenantContext;
        this.settingsResolver = settingsResolver;
        this.clients = clients;
        this.calls = calls;
        this.availability = availability;
    }

    @Override
    public Person lookup(CprNumber cpr) {
        Tenant tenant = tenantContext.tenant();
        try {
            Sf1520TenantSettings settings = settingsResolver.settingsFor(tenant);
            Person person = Sf1520PersonMapper.toPerson(cpr,
                    calls.lookup(clients.clientFor(settings), Sf1520Requests.personLookup(settings, cpr), cpr));
            availability.answered();
            return person;
        } catch (PersonNotFoundException e) {
            availability.answered();
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw unavailable(tenant, cpr, "the circuit breaker is open after repeated failures", RETRY_AFTER_OPEN_CIRCUIT, e);
        } catch (TimeoutException e) {
            throw unavailable(tenant, cpr, "time-out", null, e);
        } catch (BulkheadException e) {
            throw unavailable(tenant, cpr, "too many look-ups at the same time", null, e);
        } catch (Sf1520TransientException | Sf1520RefusedException | Sf1520ResponseException e) {
            throw unavailable(tenant, cpr, e.getMessage(), null, e);
        } catch (Sf1520NotConfiguredException e) {
            LOG.errorf("CPR look-ups are not configured for municipality %s: %s", tenant.id(), e.getMessage());
            availability.failed("not configured for municipality " + tenant.id());
            throw new PersonRegisterUnavailableException("not configured for this municipality", e);
        }
    }

    private PersonRegisterUnavailableException unavailable(Tenant tenant, CprNumber cpr, String reason, Duration retryAfter,
                                                           Throwable cause) {
        LOG.warnf("CPR look-up of %s for municipality %s failed: %s", cpr.masked(), tenant.id(), reason);
        availability.failed(reason);
        return new PersonRegisterUnavailableException(reason, retryAfter, cause);
    }
}
