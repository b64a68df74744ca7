package nl.relay.accounts.tokens;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.testing.Api;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** The settings page lists my tokens, makes one and shows it once, and revokes; the pages refuse tokens. */
@QuarkusTest
class AccessTokenPagesTest {

    private static final Pattern SHOWN = Pattern.compile("data-testid=\"new-token-value\">(relay_pat_[A-Za-z0-9_-]+)<");

    @Test
    void theSettingsPageMakesATokenShowsItOnceAndListsIt() {
        Person owner = People.employee();
        String cookie = Pages.cookie(owner);
        Pages.page(cookie).get("/settings").then().statusCode(200)
                .body(containsString("data-testid=\"no-tokens\""));

        String answer = Pages.form(cookie).formParam("name", "Rapport <maandag>").formParam("scope", "read")
                .formParam("lastDay", "")
                .post("/settings/tokens").then().statusCode(200).header("Cache-Control", "no-store")
                .extract().asString();
        Matcher shown = SHOWN.matcher(answer);
        assertTrue(shown.find(), answer);
        String token = shown.group(1);
        assertTrue(answer.contains("Rapport &lt;maandag&gt;") && !answer.contains("Rapport <maandag>"),
                "the name is escaped");

        String later = Pages.page(cookie).get("/settings").then().statusCode(200)
                .body(containsString("Rapport &lt;maandag&gt;"))
                .body(containsString("data-testid=\"token\""))
                .body(not(containsString("data-testid=\"new-token\"")))
                .extract().asString();
        assertTrue(!later.contains(token), "the token is shown only once");

        Api.as(token).get("/api/me").then().statusCode(200).body("username", equalTo(owner.username()));
        Api.as(token).body(Map.of("body", "Via de pagina gemaakt, alleen lezen.")).post("/api/posts")
                .then().statusCode(403);

        long id = AccessTokens.idOf(owner, "Rapport <maandag>");
        Pages.form(cookie).post("/settings/tokens/" + id + "/revoke").then().statusCode(303)
                .header("Location", containsString("/settings?saved=tokens"));
        Api.as(token).get("/api/me").then().statusCode(401);
        Pages.page(cookie).get("/settings").then().statusCode(200)
                .body(not(containsString("Rapport &lt;maandag&gt;")));
    }

    @Test
    void theFormSaysWhatIsWrong() {
        Person owner = People.employee();
        String cookie = Pages.cookie(owner);
        Pages.form(cookie).formParam("name", "").formParam("lastDay", "2020-01-01")
                .post("/settings/tokens").then().statusCode(422)
                .body(containsString("role=\"alert\""))
                .body(not(containsString("data-testid=\"new-token\"")));
        Pages.form(cookie).formParam("name", "beheer").formParam("scope", "admin")
                .post("/settings/tokens").then().statusCode(422);
        Pages.page(cookie).get("/settings").then().statusCode(200)
                .body(not(containsString("value=\"admin\"")))
                .body(containsString("data-testid=\"no-tokens\""));
        Pages.page(Pages.cookie(People.admin())).get("/settings").then().statusCode(200)
                .body(containsString("value=\"admin\""));
    }

    @Test
    void pagesRefuseTokensAndKeepTheirCookieSessions() {
        Person owner = People.employee();
        String token = AccessTokens.of(owner, "read", "write");
        Api.as(token).accept("text/html").get("/settings").then().statusCode(403)
                .contentType("application/problem+json");
        Pages.page(Pages.cookie(owner)).get("/settings").then().statusCode(200)
                .body(containsString("data-testid=\"token-form\""));
        Pages.page(Pages.cookie(owner)).get("/").then().statusCode(200);
    }
}
