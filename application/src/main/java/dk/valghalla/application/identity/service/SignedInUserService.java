package dk.valghalla.application.identity.service;

import dk.valghalla.application.identity.port.in.ShowSignedInUserUseCase;
import dk.valghalla.application.identity.port.in.SignedInUser;
import dk.valghalla.application.identity.port.out.CurrentActor;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.shared.CprNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Set;

@ApplicationScoped
public class SignedInUserService implements ShowSignedInUserUseCase {
    private final CurrentActor currentActor;

    public SignedInUserService(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SignedInUser showSignedInUser(Set<String> roles) {
        Actor actor = currentActor.actor();
        String maskedCpr = currentActor.participantCpr().map(CprNumber::masked).orElse(null);
        return new SignedInUser(actor.kind(), actor.displayName(), maskedCpr, Set.copyOf(roles));
    }
}
