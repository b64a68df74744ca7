package nl.relay.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Holds every answer of the JSON API (/api, error answers included) that a test receives through REST
 * Assured to the running application's own /q/openapi: an answer the document does not describe fails
 * the test that met it. Requests are not checked (tests send invalid ones on purpose), nor are paths and
 * methods the document does not have (the 404 and 405 tests), the live stream, pages, feeds and /q.
 */
public final class OpenApiContract implements OrderedFilter {

    static final OpenApiContract INSTANCE = new OpenApiContract();
    private static final String STREAM = "/api/notifications/stream";

    private volatile OpenApiInteractionValidator validator;

    private OpenApiContract() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        Request.Method method = method(request.getMethod());
        if (!path.startsWith("/api/") || path.equals(STREAM) || method == null) {
            return response;
        }
        ValidationReport report = validator(uri).validateResponse(path, method, RestAssuredResponse.of(response));
        if (report.hasErrors()) {
            throw new AssertionError(method + " " + path + " answered " + response.getStatusCode() + " "
                    + response.getContentType() + " outside /q/openapi:\n" + report.getMessages().stream()
                            .map(message -> "  - " + message.getMessage() + " " + message.getContext()
                                    .flatMap(c -> c.getPointers()).map(p -> "(at " + p.getInstance() + ")")
                                    .orElse(""))
                            .collect(Collectors.joining("\n"))
                    + "\nbody: " + response.getBody().asString());
        }
        return response;
    }

    /** Runs closest to the wire, so it sees the answer exactly as it came. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    private static Request.Method method(String name) {
        return Arrays.stream(Request.Method.values()).filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    /** The document is read once from the application under test, when the first answer is checked. */
    private OpenApiInteractionValidator validator(URI anyRequest) {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document(anyRequest))
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

    /** The document is for admins: signed in as the test admin, over plain HTTP so no filter runs again. */
    private static String document(URI anyRequest) {
        URI openapi = anyRequest.resolve("/q/openapi?format=json");
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(anyRequest.resolve("/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                            + People.ADMIN_PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"accessToken\":\"([^\"]+)\"")
                    .matcher(login.body());
            if (!token.find()) {
                throw new IllegalStateException("The test admin could not sign in: " + login.body());
            }
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(openapi)
                    .header("Authorization", "Bearer " + token.group(1)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(openapi + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
