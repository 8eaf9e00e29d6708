package dk.valghalla.adapter.rest.error;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses, and the same JSON for the places outside JAX-RS (Vert.x filters). */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Hand-written JSON for Vert.x handlers: only fixed, trusted codes and titles go in here. */
    public static String json(int status, String title, String code) {
        return "{\"type\":\"urn:valghalla:problem:" + code + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"code\":\"" + code + "\"}";
    }
}
