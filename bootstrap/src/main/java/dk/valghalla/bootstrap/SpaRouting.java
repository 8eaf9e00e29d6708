package dk.valghalla.bootstrap;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.regex.Pattern;

/**
 * Deep links into the SPA ({@code /admin/areas}, ...) work on reload: every GET for a path that is neither an API,
 * a management endpoint, a login/logout path, a SOAP endpoint (the fake CPR register of the local run) nor a file is answered with the SPA's {@code index.html}.
 */
@ApplicationScoped
public class SpaRouting {
    private static final Pattern FILE = Pattern.compile(".*/[^/]+\\.[a-zA-Z0-9]+$");
    private static final Pattern SERVER_PATHS = Pattern.compile("^/(api|q|login|logout|soap)(/.*)?$");

    void install(@Observes Router router) {
        router.get("/*").handler(rc -> {
            String path = rc.normalizedPath();
            if (isSpaRoute(path)) {
                rc.reroute("/");
                return;
            }
            if (isShell(path)) {
                // The shell names the current hashed bundles; it must be revalidated, or a deploy is not seen for a day.
                rc.addHeadersEndHandler(v -> rc.response().headers().set("Cache-Control", "no-cache"));
            }
            rc.next();
        });
    }

    /** The files that are not content-hashed: the SPA's entry page and the participant area's stylesheet. */
    static boolean isShell(String path) {
        return path.equals("/") || path.equals("/index.html") || path.equals("/dkfds.css");
    }

    static boolean isSpaRoute(String path) {
        return !path.equals("/") && !SERVER_PATHS.matcher(path).matches() && !FILE.matcher(path).matches();
    }
}
