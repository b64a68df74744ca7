package nl.relay.platform.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.relay.platform.http.AllowedMethods;
import nl.relay.platform.http.JsonFields;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.http.WebDetails;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error table: every failure a request can meet becomes an {@code application/problem+json}
 * answer here, or, for a page form that cannot be read, a small HTML page. Nothing else in Relay writes an
 * error response (the live stream, served beside the REST layer, writes the same problem bodies).
 */
@Singleton
public class ErrorTable {

    private static final Logger LOG = Logger.getLogger(ErrorTable.class);

    private final Template formRefused;
    private final Template tooManyRequests;
    private final RequestLanguage language;
    private final AllowedMethods allowedMethods;

    ErrorTable(@Location("errors/formRefused.html") Template formRefused,
            @Location("errors/tooManyRequests.html") Template tooManyRequests, RequestLanguage language,
            AllowedMethods allowedMethods) {
        this.formRefused = formRefused;
        this.tooManyRequests = tooManyRequests;
        this.language = language;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response relay(ProblemException e, UriInfo uri) {
        if (e instanceof TooManyRequests tooMany && !uri.getPath().startsWith("/api/")) {
            return tooManyOnAPage(tooMany);
        }
        Response.ResponseBuilder response = problem(e.status(), e.getMessage(), e.errors());
        if (!e.extensions().isEmpty()) {
            response.entity(withExtensions(e));
        }
        if (e instanceof TooManyRequests tooMany) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, tooMany.retryAfter().toSeconds()));
        }
        if (e instanceof Unauthenticated) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e) {
        return problem(401, "Sign in first: the bearer token is missing, invalid, expired or revoked.", List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "Your roles do not allow this.", List.of()).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(ErrorTable::isWholeBody)) {
            return problem(400, "A JSON body is required.", List.of()).build();
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(422, "Some fields are invalid.", errors).build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return problem(422, "Some fields are invalid.",
                List.of(new Problem.FieldError(JsonFields.path(e), "is not a known field"))).build();
    }

    @ServerExceptionMapper
    public Response wrongValue(MismatchedInputException e) {
        if (e.getPath().isEmpty()) {
            return problem(400, "The body must be a JSON object of the documented shape.", List.of()).build();
        }
        String message = e instanceof InvalidFormatException format && format.getTargetType().isEnum()
                ? "must be one of: " + JsonFields.enumValues(format.getTargetType())
                : JsonFields.expectation(e);
        return problem(422, "Some fields are invalid.", List.of(new Problem.FieldError(JsonFields.path(e), message)))
                .build();
    }

    @ServerExceptionMapper
    public Response otherMapping(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return problem(400, "The body must be a JSON object of the documented shape.", List.of()).build();
        }
        return problem(422, "Some fields are invalid.",
                List.of(new Problem.FieldError(JsonFields.path(e), "has an invalid value"))).build();
    }

    @ServerExceptionMapper({StreamReadException.class, JsonProcessingException.class})
    public Response malformed(JsonProcessingException e) {
        return problem(400, "The body is not valid JSON.", List.of()).build();
    }

    /** The body could not be read at all: a broken encoding, or the client hung up mid-way. */
    @ServerExceptionMapper
    public Response unreadable(java.io.IOException e) {
        return problem(400, "The request body cannot be read.", List.of()).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mapping instanceof MismatchedInputException mismatch ? wrongValue(mismatch) : otherMapping(mapping);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json);
        }
        if (e.getCause() instanceof java.io.IOException io) {
            return unreadable(io);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Set<String> allowed = allowedMethods.of(request.getUriInfo().getPath());
        if (status == 405 || e instanceof NotFoundException && !allowed.isEmpty()
                && !allowed.contains(request.getMethod())) {
            // The router answers 404 when another resource class claims the path: the path exists, the method not.
            return problem(405, WebDetails.detail(405), List.of()).allow(allowed).build();
        }
        return problem(status, WebDetails.detail(status), List.of()).build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        int formStatus = FormBodyFailure.statusOf(e);
        if (formStatus != 0) {
            return formRefused(formStatus, uri.getPath());
        }
        if (LockConflict.isCause(e)) {
            return metAnotherChange(e, uri.getPath());
        }
        return unexpected(e);
    }

    /**
     * The database ended the request's transaction because another change met it (writers take rows in one order,
     * so this should not happen; when it does, it is logged). Nothing was kept: the client may send it again.
     */
    private Response metAnotherChange(Throwable e, String path) {
        LOG.warnf(e, "A request met another change and was rolled back: %s", path);
        if (path.startsWith("/api/")) {
            return problem(409, "Another change to the same data came at the same moment, so nothing was changed. "
                    + "Send the request again.", List.of()).build();
        }
        boolean english = language.isEnglish();
        return refusedPage(409, english ? "Nothing was changed" : "Er is niets veranderd", english
                ? "Someone changed the same thing at the same moment. Go back and try again."
                : "Iemand wijzigde op hetzelfde moment hetzelfde. Ga terug en probeer het opnieuw.");
    }

    /**
     * A form body that cannot be read: a page for the pages (the browser shows it), a problem for the API.
     * Nothing is logged as our failure: the client sent it.
     */
    private Response formRefused(int status, String path) {
        String detail = status == 413 ? "The form has too many fields." : "The form is not correctly encoded.";
        if (path.startsWith("/api/")) {
            return problem(status, detail, List.of()).build();
        }
        boolean english = language.isEnglish();
        String title = english ? "This form could not be read" : "Dit formulier kon niet gelezen worden";
        String text = status == 413
                ? english ? "It had too many fields." : "Het had te veel velden."
                : english ? "It was not correctly encoded." : "Het was niet goed gecodeerd.";
        return refusedPage(status, title, text);
    }

    /** A small page in the reader's language that says what was refused and leads back to Relay. */
    private Response refusedPage(int status, String title, String text) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(formRefused.data("lang", language.code()).data("title", title).data("text", text)
                        .data("back", language.isEnglish() ? "Back to Relay" : "Terug naar Relay").render())
                .build();
    }

    /**
     * A page's form sent too often (posting, reporting, voting): a page in the reader's language that says how long
     * to wait, with the same Retry-After the API gives.
     */
    private Response tooManyOnAPage(TooManyRequests e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        boolean english = language.isEnglish();
        String title = english ? "Please wait a moment" : "Even geduld";
        String text = english
                ? "You did this too often in a row. Try again in " + seconds + (seconds == 1 ? " second." : " seconds.")
                : "Je deed dit te vaak achter elkaar. Probeer het over " + seconds
                        + (seconds == 1 ? " seconde" : " seconden") + " opnieuw.";
        return Response.status(429).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .entity(tooManyRequests.data("lang", language.code()).data("title", title).data("text", text)
                        .data("seconds", seconds).data("back", "/")
                        .data("backText", english ? "Back to Relay" : "Terug naar Relay").render())
                .build();
    }

    private Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return problem(500, "Something went wrong on our side. Reference: " + reference, List.of()).build();
    }

    static Response.ResponseBuilder problem(int status, String detail, List<Problem.FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : WebDetails.title(status);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(WebDetails.type(status), title, status, detail, errors));
    }

    /** The problem body with the exception's extension members after the standard ones. */
    private static java.util.Map<String, Object> withExtensions(ProblemException e) {
        Response.Status known = Response.Status.fromStatusCode(e.status());
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", WebDetails.type(e.status()));
        body.put("title", known != null ? known.getReasonPhrase() : WebDetails.title(e.status()));
        body.put("status", e.status());
        body.put("detail", e.getMessage());
        if (!e.errors().isEmpty()) {
            body.put("errors", e.errors());
        }
        body.putAll(e.extensions());
        return body;
    }

    /** A violation on the body parameter itself (no body at all), not on a field inside it. */
    private static boolean isWholeBody(ConstraintViolation<?> violation) {
        Path.Node last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node;
        }
        return last != null && last.getKind() == jakarta.validation.ElementKind.PARAMETER
                && isBodyParameter(last.getName());
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> name = "";
                case PARAMETER -> name = isBodyParameter(node.getName()) ? "" : node.getName();
                case CONTAINER_ELEMENT -> {
                    // "roles.<list element>[0]" reads as "roles[0]": the index is added below.
                }
                default -> {
                    if (node.getName() == null) {
                        continue;
                    }
                    name = isBodyParameter(name) ? node.getName() : name + "." + node.getName();
                }
            }
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            }
        }
        return name.isEmpty() ? "body" : name;
    }

    /** Resource body parameters are named {@code request} (or {@code form}); their fields stand alone. */
    private static boolean isBodyParameter(String name) {
        return name.isEmpty() || name.equals("request") || name.equals("form");
    }
}
