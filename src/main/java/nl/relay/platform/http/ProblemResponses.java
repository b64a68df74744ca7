package nl.relay.platform.http;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.relay.platform.errors.ErrorTable;
import nl.relay.platform.errors.Problem;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents in /q/openapi the problem answers each API operation can really give, derived from its traits
 * (secured, state-changing, path parameters, query parameters, a request body), and gives every 4xx
 * answer, including those declared with {@code @APIResponse} (the 403 of roles and ownership, 409, 429),
 * the {@link Problem} body. OpenAPI 3.0 names no roles for a bearer scheme, so roles are declared there.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    private static final Set<PathItem.HttpMethod> STATE_CHANGING = Set.of(PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    /** What Quarkus adds to every secured operation; replaced here by what the operation can really answer. */
    private static final Map<String, String> QUARKUS_GUESSES = Map.of("401", "Not Authorized", "403", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(PROBLEM, problemSchema()).addSchema(FIELD_ERROR, fieldErrorSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    /** Operations outside the JSON API (the Atom feeds) declare their few answers themselves. */
    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        QUARKUS_GUESSES.forEach((status, description) -> {
            APIResponse guess = responses.getAPIResponse(status);
            if (guess != null && guess.getContent() == null && description.equals(guess.getDescription())) {
                responses.removeAPIResponse(status);
            }
        });
        Map<String, String> problems = path.startsWith("/api/") ? possibleProblems(method, operation) : Map.of();
        problems.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
        APIResponse unauthenticated = responses.getAPIResponse("401");
        if (unauthenticated != null) {
            unauthenticated.addHeader("WWW-Authenticate", createHeader().description("Bearer")
                    .schema(createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    /** The problems an operation's traits make possible, by status; see nl.relay.platform.errors.ErrorTable. */
    private static Map<String, String> possibleProblems(PathItem.HttpMethod method, Operation operation) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "The request cannot be read: a path or query that is not correctly percent-encoded "
                + "or holds control characters, an invalid cursor, or a body that is not JSON.");
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            problems.put("401", "Sign in first: the bearer token is missing, invalid, expired or revoked.");
        }
        if (STATE_CHANGING.contains(method)) {
            problems.put("403", "A cross-site request that relies on the session cookie is refused, and so is a "
                    + "request made with an access token that may only read.");
        }
        if (hasParameter(operation, "path")) {
            problems.put("404", "There is nothing here, or you may not see it.");
        }
        problems.put("406", "The Accept header excludes every media type this operation answers in.");
        if (operation.getRequestBody() != null) {
            problems.put("413", "The request body is larger than 1 MiB.");
            problems.put("415", "The body is not sent as application/json.");
            problems.put("422", "Some fields are invalid; errors names each one.");
        } else if (hasParameter(operation, "query")) {
            problems.put("422", "A query parameter has an invalid value; errors names it.");
        }
        return problems;
    }

    private static boolean hasParameter(Operation operation, String in) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() != null && parameter.getIn().toString().equals(in));
    }

    private static Content problemContent() {
        return createContent().addMediaType(Problem.MEDIA_TYPE,
                createMediaType().schema(createSchema().ref(PROBLEM)));
    }

    private static Schema problemSchema() {
        return createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: the only shape an error takes.")
                .required(List.of("type", "title", "status", "detail"))
                .addProperty("type", text())
                .addProperty("title", text())
                .addProperty("status", createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text())
                .addProperty("errors", createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The invalid fields, when there are any.")
                        .items(createSchema().ref(FIELD_ERROR)));
    }

    private static Schema fieldErrorSchema() {
        return createSchema().addType(Schema.SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .addProperty("field", text().description("A dotted path into the body, or a parameter name."))
                .addProperty("message", text())
                .addProperty("position", createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("For text with a syntax: where the fault is, counting characters from 1."));
    }

    private static Schema text() {
        return createSchema().addType(Schema.SchemaType.STRING);
    }
}
