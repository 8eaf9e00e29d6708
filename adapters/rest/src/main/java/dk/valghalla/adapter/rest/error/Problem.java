package dk.valghalla.adapter.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.valghalla.adapter.rest.shared.ConsequencesResponse;

import java.util.List;

/**
 * An RFC 9457 problem document with a stable {@code code} that the SPA translates. {@code detail} is written for
 * developers and never contains a stack trace or personal data.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String code, String detail, List<Violation> violations,
                      ConsequencesResponse consequences) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String code, String message) {
    }

    public static Problem of(int status, String title, String code, String detail) {
        return new Problem("urn:valghalla:problem:" + code, title, status, code, detail, List.of(), null);
    }

    public static Problem of(int status, String title, String code, String detail, List<Violation> violations) {
        return new Problem("urn:valghalla:problem:" + code, title, status, code, detail, violations, null);
    }
}
