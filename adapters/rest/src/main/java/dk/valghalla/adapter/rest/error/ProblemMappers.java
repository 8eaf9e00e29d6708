package dk.valghalla.adapter.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dk.valghalla.adapter.rest.shared.ConsequencesResponse;
import dk.valghalla.domain.file.FileTooLargeException;
import dk.valghalla.domain.file.UnsupportedFileTypeException;
import dk.valghalla.domain.participant.PersonRegisterUnavailableException;
import dk.valghalla.domain.shared.ConfirmationRequiredException;
import dk.valghalla.domain.shared.DomainException;
import dk.valghalla.domain.shared.InvalidValueException;
import dk.valghalla.domain.shared.NotFoundException;
import dk.valghalla.domain.shared.RuleViolationException;
import dk.valghalla.domain.task.ParticipantIneligibleException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The one place where failures become HTTP responses: problem+json with a stable code, never a stack trace. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return ProblemResponses.response(Problem.of(404, "Not found", e.code(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e) {
        return ProblemResponses.response(Problem.of(409, "Conflict", e.code(), e.getMessage()));
    }

    /** 422: the person fails eligibility rules for the seat; one violation per failed rule, for the UI to explain. */
    @ServerExceptionMapper
    public Response ineligible(ParticipantIneligibleException e) {
        return ProblemResponses.response(Problem.of(422, "Not eligible", e.code(), e.getMessage(),
                e.failures().stream().map(f -> new Problem.Violation(f.name(), f.code(), f.name())).toList()));
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e) {
        return ProblemResponses.response(Problem.of(400, "Invalid request", "request.invalid", e.getMessage(),
                List.of(new Problem.Violation(e.field(), e.code(), e.getMessage()))));
    }

    /** 428: the destructive action needs the person's confirmation; the body tells what it would do. */
    @ServerExceptionMapper
    public Response confirmationRequired(ConfirmationRequiredException e) {
        return ProblemResponses.response(new Problem("urn:valghalla:problem:" + e.code(), "Confirmation required", 428,
                e.code(), "Repeat the request with confirmed=true once the consequences are accepted", List.of(),
                ConsequencesResponse.from(e.consequences())));
    }

    /** 503: the CPR register cannot answer now; nothing was changed, and the same request may succeed later. */
    @ServerExceptionMapper
    public Response registerUnavailable(PersonRegisterUnavailableException e) {
        Response.ResponseBuilder response = Response.status(503).type(Problem.MEDIA_TYPE).entity(Problem.of(503,
                "CPR register unavailable", e.code(), "The CPR register does not answer right now; try again later"));
        e.retryAfter().ifPresent(wait -> response.header("Retry-After", Math.max(1, wait.toSeconds())));
        return response.build();
    }

    /** 415: the uploaded content is not of the accepted kind (judged by its bytes, not its name or declared type). */
    @ServerExceptionMapper
    public Response unsupportedFileType(UnsupportedFileTypeException e) {
        return ProblemResponses.response(Problem.of(415, "Unsupported file", e.code(), e.getMessage()));
    }

    /** 413: the uploaded file is larger than the configured limit. */
    @ServerExceptionMapper
    public Response fileTooLarge(FileTooLargeException e) {
        return ProblemResponses.response(Problem.of(413, "File too large", e.code(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response otherDomainRefusal(DomainException e) {
        return ProblemResponses.response(Problem.of(422, "Refused", e.code(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ProblemMappers::violation)
                .toList();
        return ProblemResponses.response(Problem.of(400, "Invalid request", "request.invalid",
                "The request has invalid fields", violations));
    }

    private static Problem.Violation violation(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "createArea.request.name" -> "name": the client knows the fields of its body, not our method names.
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new Problem.Violation(field, "constraint." + constraint.toLowerCase(java.util.Locale.ROOT), v.getMessage());
    }

    /** Also a wrong field type or an unknown enum value; Quarkus has a built-in mapper for exactly this type. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        String detail = e instanceof InvalidFormatException || e instanceof MismatchedInputException
                ? "A field has the wrong type" : "The body is not valid JSON";
        return ProblemResponses.response(Problem.of(400, "Invalid request", "request.malformed", detail));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return ProblemResponses.response(Problem.of(401, "Not signed in", "auth.unauthenticated", "Sign in first"));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return ProblemResponses.response(Problem.of(401, "Not signed in", "auth.unauthenticated", "Sign in first"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.response(Problem.of(403, "Forbidden", "auth.forbidden",
                "You do not have access to this function in this municipality"));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json);
        }
        String code = switch (status) {
            case 404 -> "resource.not_found";
            case 405 -> "request.method_not_allowed";
            case 406 -> "request.not_acceptable";
            case 415 -> "request.unsupported_media_type";
            default -> "request.invalid";
        };
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return ProblemResponses.response(Problem.of(status, title, code, title));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return ProblemResponses.response(Problem.of(500, "Internal error", "server.error",
                "Something went wrong on our side (incident " + incident + ")"));
    }
}
