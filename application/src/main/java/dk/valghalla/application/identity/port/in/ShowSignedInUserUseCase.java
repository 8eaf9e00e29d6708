package dk.valghalla.application.identity.port.in;

import java.util.Set;

public interface ShowSignedInUserUseCase {
    SignedInUser showSignedInUser(Set<String> roles);
}
