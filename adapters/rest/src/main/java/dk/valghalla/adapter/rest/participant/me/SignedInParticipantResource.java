package dk.valghalla.adapter.rest.participant.me;

import dk.valghalla.application.identity.Roles;
import dk.valghalla.application.identity.port.in.ShowSignedInUserUseCase;
import dk.valghalla.application.identity.port.in.SignedInUser;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in participant, for the greeting; the CPR number only ever leaves the server masked. */
@Path("/api/participant/me")
@RolesAllowed(Roles.PARTICIPANT)
@Produces(MediaType.APPLICATION_JSON)
public class SignedInParticipantResource {
    public record SignedInParticipantResponse(String name, String maskedCpr) {
    }

    private final ShowSignedInUserUseCase showSignedInUser;
    private final SecurityIdentity identity;

    public SignedInParticipantResource(ShowSignedInUserUseCase showSignedInUser, SecurityIdentity identity) {
        this.showSignedInUser = showSignedInUser;
        this.identity = identity;
    }

    @GET
    public SignedInParticipantResponse me() {
        SignedInUser user = showSignedInUser.showSignedInUser(identity.getRoles());
        return new SignedInParticipantResponse(user.name(), user.maskedCpr());
    }
}
