package dk.valghalla.application.identity.port.out;

import dk.valghalla.domain.shared.Actor;
import dk.valghalla.domain.shared.CprNumber;

import java.util.Optional;

/** Who is making the current call, as the identity adapter has established it. */
public interface CurrentActor {
    /** The signed-in person, or {@link Actor#SYSTEM} outside a signed-in call (start-up, jobs). */
    Actor actor();

    /** The participant's CPR number when a participant is signed in. */
    Optional<CprNumber> participantCpr();
}
