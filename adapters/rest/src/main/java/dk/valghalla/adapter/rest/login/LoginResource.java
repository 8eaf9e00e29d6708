package dk.valghalla.adapter.rest.login;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * Where the SPA sends the browser to sign in. The HTTP security policy starts the OIDC code flow for these paths
 * (admins and participants have separate OIDC tenants, chosen by path); once signed in, the browser is sent back
 * to the page it came from. Only local paths are accepted as return targets, so this is no open redirect.
 */
@Path("/login")
@Authenticated
public class LoginResource {

    @GET
    @Path("admin")
    public Response admin(@QueryParam("returnTo") String returnTo) {
        return Response.seeOther(URI.create(localPath(returnTo, "/admin"))).build();
    }

    @GET
    @Path("participant")
    public Response participant(@QueryParam("returnTo") String returnTo) {
        return Response.seeOther(URI.create(localPath(returnTo, "/"))).build();
    }

    static String localPath(String returnTo, String fallback) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        try {
            URI uri = URI.create(returnTo);
            return uri.getScheme() == null && uri.getHost() == null ? returnTo : fallback;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
