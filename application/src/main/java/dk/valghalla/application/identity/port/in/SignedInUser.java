package dk.valghalla.application.identity.port.in;

import dk.valghalla.domain.shared.Actor;

import java.util.Set;

/** What the SPA shows of the signed-in person. No full CPR number ever leaves the server this way. */
public record SignedInUser(Actor.Kind kind, String name, String maskedCpr, Set<String> roles) {
}
