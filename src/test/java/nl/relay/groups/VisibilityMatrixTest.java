package nl.relay.groups;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps the visibility rule whole: for every kind of reader and every kind of post, "may read it by id"
 * must agree exactly with its presence in every list and count that reader can reach, in the API and
 * in the pages. Every reader follows the authors and the topic and is mentioned in every post, so a
 * post is absent from a list only because the rule hides it.
 */
@QuarkusTest
class VisibilityMatrixTest {

    @Inject
    OutboxWorker outbox;

    private Person owner;
    private Person member;
    private long publicGroup;
    private long privateGroup;
    private String topic;
    private final Map<String, Person> readers = new LinkedHashMap<>();
    private final Map<String, Long> posts = new LinkedHashMap<>();

    @BeforeEach
    void aCompanyWithGroups() {
        owner = People.employee();
        member = People.employee();
        Person groupAdmin = People.employee();
        Person removed = People.employee();
        readers.put("outsider", People.employee());
        readers.put("member", member);
        readers.put("group admin", groupAdmin);
        readers.put("removed member", removed);
        readers.put("site admin", People.admin());

        publicGroup = Groups.create(owner, "public");
        privateGroup = Groups.create(owner, "private");
        for (long group : List.of(publicGroup, privateGroup)) {
            Groups.add(owner, group, member);
            Groups.add(owner, group, groupAdmin);
            Groups.setRole(owner, group, groupAdmin, "admin");
            Groups.add(owner, group, removed);
        }
        topic = "matrix" + System.nanoTime();
        for (Person reader : readers.values()) {
            Api.as(reader).put("/api/me/follows/accounts/" + owner.username()).then().statusCode(204);
            if (reader != member) {
                Api.as(reader).put("/api/me/follows/accounts/" + member.username()).then().statusCode(204);
            }
            Api.as(reader).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        }
        String everyone = readers.values().stream().map(p -> "@" + p.username()).reduce("", (a, b) -> a + " " + b);
        posts.put("public", Posts.publish(owner, "Openbaar #" + topic + everyone));
        posts.put("public group", Posts.publish(owner, "Openbare groep #" + topic + everyone,
                Map.of("groupId", publicGroup)));
        long secret = Posts.publish(owner, "Vertrouwelijk: de reorganisatie #" + topic + everyone,
                Map.of("groupId", privateGroup));
        posts.put("private group", secret);
        posts.put("reply in private thread", Posts.reply(member, secret, "Reactie binnen de muur #" + topic
                + everyone));
        outbox.drain();
        Groups.remove(owner, privateGroup, removed);
        Groups.remove(owner, publicGroup, removed);
    }

    @Test
    void mayReadByIdAgreesWithEveryListAndCount() {
        Map<String, Set<String>> expected = Map.of(
                "outsider", Set.of("public", "public group"),
                "member", posts.keySet(),
                "group admin", posts.keySet(),
                "removed member", Set.of("public", "public group"),
                "site admin", Set.of("public", "public group"));
        String missingBody = normalised(Api.as(owner).get("/api/posts/999999999999").then().statusCode(404)
                .extract().asString(), 999999999999L);
        List<String> disagreements = new ArrayList<>();
        for (var reader : readers.entrySet()) {
            Person person = reader.getValue();
            Set<String> readable = new HashSet<>();
            for (var post : posts.entrySet()) {
                Response byId = Api.as(person).get("/api/posts/" + post.getValue());
                if (byId.statusCode() == 200) {
                    readable.add(post.getKey());
                } else {
                    assertEquals(404, byId.statusCode());
                    assertEquals(missingBody, normalised(byId.asString(), post.getValue()),
                            "an unreadable post answers exactly like a missing one");
                }
            }
            assertEquals(expected.get(reader.getKey()), readable, reader.getKey() + " reads by id");
            Map<String, Set<Long>> lists = reachableLists(person);
            for (var list : lists.entrySet()) {
                for (var post : posts.entrySet()) {
                    if (!scope(list.getKey(), reader.getKey()).contains(post.getKey())) {
                        continue;
                    }
                    boolean listed = list.getValue().contains(post.getValue());
                    if (listed != readable.contains(post.getKey())) {
                        disagreements.add(reader.getKey() + " / " + post.getKey() + " / " + list.getKey()
                                + ": listed=" + listed);
                    }
                }
            }
            long topicCount = Api.as(person).queryParam("prefix", topic).get("/api/topics").then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.name == '" + topic + "' }.postCount", Integer.class)
                    .stream().mapToLong(Integer::longValue).sum();
            if (topicCount != readable.size()) {
                disagreements.add(reader.getKey() + " / topic count " + topicCount + " for " + readable.size());
            }
            int searchTotal = Api.as(person).get("/api/search?q=" + topic).then().statusCode(200).extract()
                    .path("total");
            int counted = Api.as(person).get("/api/search/counts?q=" + topic).then().statusCode(200).extract()
                    .path("counted");
            if (searchTotal != readable.size() || counted != readable.size()) {
                disagreements.add(reader.getKey() + " / search total " + searchTotal + ", counted " + counted
                        + " for " + readable.size());
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void anonymousReadersSeeNothingAtAll() {
        for (long id : posts.values()) {
            Api.anonymous().get("/api/posts/" + id).then().statusCode(401);
            Api.anonymous().get("/api/posts/" + id + "/thread").then().statusCode(401);
            given().redirects().follow(false).get("/posts/" + id).then().statusCode(303);
        }
        Api.anonymous().get("/api/feed").then().statusCode(401);
        Api.anonymous().get("/api/groups/" + privateGroup + "/posts").then().statusCode(401);
        Api.anonymous().queryParam("prefix", topic).get("/api/topics").then().statusCode(401);
    }

    @Test
    void membershipChangesApplyOnTheNextRequestWithTheSameToken() {
        Person newcomer = People.employee();
        long secret = posts.get("private group");
        Api.as(newcomer).get("/api/posts/" + secret).then().statusCode(404);
        Groups.add(owner, privateGroup, newcomer);
        Api.as(newcomer).get("/api/posts/" + secret).then().statusCode(200);
        Api.as(newcomer).get("/api/feed").then().body("items.id", org.hamcrest.Matchers.hasItem((int) secret));
        Groups.remove(owner, privateGroup, newcomer);
        Api.as(newcomer).get("/api/posts/" + secret).then().statusCode(404);
        Api.as(newcomer).get("/api/feed").then()
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) secret)));
    }

    /**
     * The posts a list could hold at all: a group's lists hold only group posts, a thread only its own, and
     * nobody is notified of their own post (the member wrote the reply).
     */
    private Set<String> scope(String list, String reader) {
        if (list.equals("notifications") && reader.equals("member")) {
            return Set.of("public", "public group", "private group");
        }
        return switch (list) {
            case "company stream by group", "group posts" -> Set.of("public group", "private group",
                    "reply in private thread");
            case "private thread page" -> Set.of("private group", "reply in private thread");
            default -> posts.keySet();
        };
    }

    /** Every list of posts a reader can reach, by name, with the ids it shows (an error means none). */
    private Map<String, Set<Long>> reachableLists(Person person) {
        long root = posts.get("private group");
        Map<String, Set<Long>> lists = new LinkedHashMap<>();
        lists.put("home feed", ids(person, "/api/feed?limit=100"));
        lists.put("notifications", new HashSet<>(Api.as(person).get("/api/notifications?limit=100").then()
                .statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.post != null }.post.id", Long.class)));
        lists.put("company stream by author",
                union(ids(person, "/api/posts?limit=100&author=" + owner.username()),
                        ids(person, "/api/posts?limit=100&author=" + member.username())));
        lists.put("company stream by topic", ids(person, "/api/posts?limit=100&topic=" + topic));
        lists.put("company stream by group", union(ids(person, "/api/posts?limit=100&group=" + publicGroup),
                ids(person, "/api/posts?limit=100&group=" + privateGroup)));
        lists.put("group posts", union(ids(person, "/api/groups/" + publicGroup + "/posts?limit=100"),
                ids(person, "/api/groups/" + privateGroup + "/posts?limit=100")));
        lists.put("company stream", ids(person, "/api/posts?limit=100"));
        Set<Long> threads = new HashSet<>();
        for (long id : posts.values()) {
            Response thread = Api.as(person).get("/api/posts/" + id + "/thread");
            if (thread.statusCode() == 200) {
                threads.add(thread.jsonPath().getLong("root.id"));
                thread.jsonPath().getList("replies.id", Long.class).forEach(threads::add);
            }
        }
        lists.put("threads", threads);
        lists.put("search", searchIds(person, "q=" + topic));
        lists.put("search by field", searchIds(person, "q=topic:" + topic + "&sort=relevance"));
        lists.put("search with filter", union(searchIds(person, "q=" + topic + "&author=" + owner.username()),
                searchIds(person, "q=" + topic + "&author=" + member.username())));
        lists.put("search by filter only", searchIds(person, "topic=" + topic));
        lists.put("search highlights", searchHighlighted(person));
        Set<Long> histories = new HashSet<>();
        Set<Long> likes = new HashSet<>();
        for (long id : posts.values()) {
            if (Api.as(person).get("/api/posts/" + id + "/history").statusCode() == 200) {
                histories.add(id);
            }
            if (Api.as(person).put("/api/posts/" + id + "/like").statusCode() == 204) {
                likes.add(id);
            }
        }
        lists.put("history", histories);
        lists.put("like", likes);
        Set<Long> pages = new HashSet<>();
        for (long id : posts.values()) {
            if (given().auth().oauth2(person.token()).get("/posts/" + id).statusCode() == 200) {
                pages.add(id);
            }
        }
        lists.put("thread page", pages);
        lists.put("topic page", pageIds(person, "/topics/" + topic));
        lists.put("home page", pageIds(person, "/"));
        lists.put("person page", union(pageIds(person, "/people/" + owner.username()),
                pageIds(person, "/people/" + member.username())));
        Set<Long> thread = pageIds(person, "/posts/" + root);
        lists.put("private thread page", thread.isEmpty() ? Set.of() : thread);
        return lists;
    }

    private Set<Long> ids(Person person, String path) {
        Response response = Api.as(person).get(path);
        if (response.statusCode() != 200) {
            return Set.of();
        }
        return new HashSet<>(response.jsonPath().getList("items.id", Long.class));
    }

    /** Every post a search finds, page after page of two. */
    private Set<Long> searchIds(Person person, String query) {
        Set<Long> ids = new HashSet<>();
        String cursor = null;
        do {
            Response response = Api.as(person).get("/api/search?limit=2&" + query
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, response.statusCode(), response.asString());
            ids.addAll(response.jsonPath().getList("items.post.id", Long.class));
            cursor = response.jsonPath().getString("next");
        } while (cursor != null);
        return ids;
    }

    /** The posts whose search highlights show words of their text: none a reader may not read. */
    private Set<Long> searchHighlighted(Person person) {
        Response response = Api.as(person).get("/api/search?limit=100&q=" + topic);
        Set<Long> ids = new HashSet<>();
        List<Map<String, Object>> items = response.jsonPath().getList("items");
        for (Map<String, Object> item : items) {
            if (String.valueOf(item.get("highlights")).contains("<mark>" + topic + "</mark>")) {
                ids.add(((Number) ((Map<?, ?>) item.get("post")).get("id")).longValue());
            }
        }
        return ids;
    }

    /** The posts a page shows, by their data-post-id; a refused page shows none. */
    private Set<Long> pageIds(Person person, String path) {
        Response response = given().auth().oauth2(person.token()).get(path);
        Set<Long> ids = new HashSet<>();
        if (response.statusCode() != 200) {
            return ids;
        }
        var matcher = java.util.regex.Pattern.compile("data-post-id=\"(\\d+)\"").matcher(response.asString());
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String normalised(String body, long id) {
        return body.replace(String.valueOf(id), "{id}");
    }
}
