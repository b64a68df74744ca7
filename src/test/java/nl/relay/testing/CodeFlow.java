package nl.relay.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signs in through the identity provider the way a browser does, hop by hop over HTTP: Relay's sign-in page sends it
 * to the provider, the provider's form is filled in and posted, the provider sends it back with a code, Relay trades the
 * code and answers with its own session cookie.
 */
public final class CodeFlow {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Every answer on the way, the last one being Relay's final answer. */
    private HttpResponse<String> last;

    /** The outcome of one sign-in: Relay's last answer and its session cookie, if it gave one. */
    public record Result(int status, String location, String body, Optional<String> sessionToken) {
    }

    public static Result signIn(String subject, String claimsJson) {
        return new CodeFlow().run(subject, claimsJson);
    }

    private Result run(String subject, String claimsJson) {
        String relay = ConfigProvider.getConfig().getValue("test.url", String.class);
        URI start = URI.create(relay + "/signin/oidc");
        HttpResponse<String> toProvider = get(start);
        if (toProvider.statusCode() != 302) {
            return result();
        }
        URI authorize = URI.create(location(toProvider));
        HttpResponse<String> form = get(authorize);
        if (form.statusCode() != 200) {
            throw new IllegalStateException("The provider's sign-in form answered " + form.statusCode());
        }
        HttpResponse<String> back = post(authorize, "username=" + encoded(subject) + "&claims=" + encoded(claimsJson));
        URI next = URI.create(location(back));
        for (int hops = 0; hops < 5 && next != null; hops++) {
            HttpResponse<String> answer = get(next.isAbsolute() ? next : URI.create(relay).resolve(next));
            if (answer.statusCode() / 100 != 3 || !location(answer).contains("/signin/oidc")) {
                break;
            }
            next = URI.create(location(answer));
        }
        return result();
    }

    private Result result() {
        Optional<String> session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(nl.relay.accounts.sessions.TokenVerification.SESSION_COOKIE)
                        && !cookie.getValue().isEmpty())
                .map(HttpCookie::getValue).findFirst();
        return new Result(last.statusCode(), last.headers().firstValue("Location").orElse(null), last.body(), session);
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private HttpResponse<String> post(URI uri, String form) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            last = http.send(request, HttpResponse.BodyHandlers.ofString());
            return last;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No redirect but " + response.statusCode() + ": "
                        + response.body()));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
