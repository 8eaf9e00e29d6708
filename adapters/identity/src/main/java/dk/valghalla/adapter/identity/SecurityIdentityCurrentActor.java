package dk.valghalla.adapter.identity;

import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.identity.port.out.CurrentActor;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.shared.CprNumber;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.Optional;

/** The current actor as established by the login; the system itself outside a signed-in request. */
@ApplicationScoped
public class SecurityIdentityCurrentActor implements CurrentActor {
    private final Instance<SecurityIdentity> identity;

    public SecurityIdentityCurrentActor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    @Override
    public Actor actor() {
        Optional<SecurityIdentity> signedIn = signedIn();
        if (signedIn.isEmpty()) {
            return Actor.SYSTEM;
        }
        SecurityIdentity id = signedIn.get();
        String name = id.getAttribute(IdentityAttributes.NAME);
        Optional<CprNumber> cpr = participantCpr();
        if (id.hasRole(Roles.PARTICIPANT) && cpr.isPresent()) {
            return Actor.participant(cpr.get(), name);
        }
        String subject = id.getAttribute(IdentityAttributes.SUBJECT);
        return Actor.admin(subject == null ? id.getPrincipal().getName() : subject, name);
    }

    @Override
    public Optional<CprNumber> participantCpr() {
        return signedIn().map(id -> id.<CprNumber>getAttribute(IdentityAttributes.CPR));
    }

    private Optional<SecurityIdentity> signedIn() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        SecurityIdentity id = identity.get();
        return id == null || id.isAnonymous() ? Optional.empty() : Optional.of(id);
    }
}
