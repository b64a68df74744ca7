package nl.relay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/**
 * Requests without any body and without a Content-Type, as {@code curl -X PUT} sends them: where the body
 * is optional (or there is none) they work, where it is required the answer says it is missing.
 */
@QuarkusTest
class BodylessRequestsTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void everyEndpointWhoseBodyIsOptionalTakesARequestWithoutOne() throws Exception {
        Person owner = People.employee();
        Person member = People.employee();
        long group = Groups.create(owner, "private");
        assertEquals(204, send(owner, "PUT", "/api/groups/" + group + "/members/" + member.username()));
        long open = Groups.create(owner, "public");
        assertEquals(204, send(member, "PUT", "/api/groups/" + open + "/members/me"));
        long post = Posts.publish(owner, "Graag lezen, @" + member.username());
        assertEquals(204, send(member, "PUT", "/api/posts/" + post + "/like"));
        assertEquals(204, send(member, "PUT", "/api/posts/" + post + "/subscription"));
        assertEquals(204, send(member, "POST", "/api/posts/" + post + "/ack"));
        assertEquals(204, send(member, "PUT", "/api/me/follows/accounts/" + owner.username()));
        assertEquals(204, send(member, "PUT", "/api/me/follows/topics/werving"));
        assertEquals(204, send(member, "POST", "/api/notifications/read-all"));
    }

    @Test
    void whereTheBodyIsRequiredItsAbsenceIsNamedNotTheMediaType() throws Exception {
        Person person = People.employee();
        int status = send(person, "PUT", "/api/me/preferences");
        assertTrue(status == 400, "missing body is a 400, got " + status);
    }

    private int send(Person person, String method, String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString()).resolve(path))
                    .header("Authorization", "Bearer " + person.token())
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
