package dk.valghalla.adapter.rest.security;

import dk.valghalla.adapter.rest.error.Problem;
import dk.valghalla.adapter.rest.error.ProblemResponses;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Double-submit CSRF protection for the API. Every response that finds no token cookie sets one
 * ({@code XSRF-TOKEN}, readable by the SPA, SameSite=Strict); every state-changing API call must echo it in the
 * {@code X-XSRF-TOKEN} header, which a foreign site cannot do. Angular's HttpClient does the echoing by itself.
 * Calls that authenticate with an {@code Authorization: Bearer} header (API clients) need no token: a browser never
 * adds that header to a forged request by itself.
 */
@ApplicationScoped
public class CsrfProtection {
    public static final String COOKIE = "XSRF-TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean secureCookies;

    public CsrfProtection(@ConfigProperty(name = "valghalla.http.secure-cookies", defaultValue = "true") boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    void register(@Observes Filters filters) {
        filters.register(this::issueToken, 900);
    }

    void issueToken(RoutingContext rc) {
        if (rc.request().getCookie(COOKIE) == null && !rc.normalizedPath().startsWith("/q/")) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            Cookie cookie = Cookie.cookie(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                    .setPath("/").setSameSite(CookieSameSite.STRICT).setSecure(secureCookies).setHttpOnly(false);
            rc.response().addCookie(cookie);
        }
        rc.next();
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 50)
    public Response verify(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (SAFE_METHODS.contains(rc.request().method().name()) || !path.startsWith("/api/") || path.startsWith("/api/operator/")
                || isBearer(rc.request().getHeader("Authorization"))) {
            return null;
        }
        Cookie cookie = rc.request().getCookie(COOKIE);
        String header = rc.request().getHeader(HEADER);
        if (cookie == null || header == null || header.isEmpty() || !MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
            return ProblemResponses.response(Problem.of(403, "Forbidden", "csrf.invalid",
                    "The request lacks a valid " + HEADER + " header"));
        }
        return null;
    }

    private static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
