package dk.valghalla.application.fakes;

import dk.valghalla.application.identity.port.out.CurrentActor;
import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.shared.CprNumber;

import java.util.Optional;

public class FixedCurrentActor implements CurrentActor {
    private final Actor actor;
    private final CprNumber cpr;

    public FixedCurrentActor(Actor actor, CprNumber cpr) {
        this.actor = actor;
        this.cpr = cpr;
    }

    public static FixedCurrentActor admin() {
        return new FixedCurrentActor(Actor.admin("ada", "Ada Admin"), null);
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Optional<CprNumber> participantCpr() {
        return Optional.ofNullable(cpr);
    }
}
