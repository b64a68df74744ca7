package nl.relay.groups;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Keeps the visibility rule whole: for every kind of reader and every kind of post (notes, replies, polls, praise,
 * announcements, questions and their accepted answers, outside groups and in a public and a private group), "may read
 * it by id" must agree exactly with its presence in every list and count that reader can reach, in the API and in the
 * pages. Every reader follows the authors and the topic and is mentioned in (and thanked by) every post, so a post is
 * absent from a list only because the rule hides it.
 */
@QuarkusTest
class VisibilityMatrixTest {

    @Inject
    OutboxWorker outbox;

    private static final Set<String> POLLS = Set.of("poll", "poll in public group", "poll in private group");
    private static final Set<String> PRAISE = Set.of("praise", "praise in public group", "praise in private group");
    private static final Set<String> ANNOUNCEMENTS = Set.of("announcement", "announcement to public group",
            "announcement to private group");
    private static final Set<String> QUESTIONS = Set.of("question in public group", "question in private group");
    private static final Set<String> ANSWERS = Set.of("answer in public group", "answer in private group");

    private Person owner;
    private Person member;
    private long publicGroup;
    private long privateGroup;
    private String topic;
    private final Map<String, Person> readers = new LinkedHashMap<>();
    private final Map<String, Long> posts = new LinkedHashMap<>();

    @BeforeEach
    void aCompanyWithGroups() {
        owner = People.withRoles("employee", "communications");
        member = People.employee();
        Person groupAdmin = People.employee();
        Person removed = People.employee();
        readers.put("outsider", People.employee());
        readers.put("member", member);
        readers.put("group admin", groupAdmin);
        readers.put("removed member", removed);
        readers.put("site admin", People.admin());
        readers.put("communications", People.withRoles("employee", "communications"));

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
        Map<String, Long> groups = Map.of("", 0L, " in public group", publicGroup, " in private group", privateGroup);
        for (var place : groups.entrySet()) {
            Map<String, Object> inGroup = place.getValue() == 0 ? Map.of() : Map.of("groupId", place.getValue());
            Map<String, Object> poll = new HashMap<>(inGroup);
            poll.put("kind", "poll");
            poll.put("poll", Map.of("options", List.of("Dinsdag", "Donderdag"),
                    "closesAt", Instant.now().plus(Duration.ofDays(2)).toString()));
            posts.put("poll" + place.getKey(), Posts.publish(owner, "Welke dag voor de teamdag? #" + topic + everyone,
                    poll));
            Map<String, Object> praise = new HashMap<>(inGroup);
            praise.put("kind", "praise");
            posts.put("praise" + place.getKey(), Posts.publish(owner, "Dank voor de hulp bij de intake #" + topic
                    + everyone, praise));
            if (place.getValue() != 0) {
                posts.put("announcement to" + place.getKey().substring(" in".length()), announce(
                        "Vanaf maandag het nieuwe intakeformulier #" + topic + everyone, place.getValue()));
                long question = Posts.publish(owner, "Wie kent een goede payroll-specialist? #" + topic + everyone,
                        Map.of("kind", "question", "groupId", place.getValue()));
                long answer = Posts.reply(member, question, "Marloes in Amersfoort #" + topic + everyone);
                Api.as(owner).body(Map.of("postId", answer)).put("/api/posts/" + question + "/accepted-answer")
                        .then().statusCode(200);
                posts.put("question" + place.getKey(), question);
                posts.put("answer" + place.getKey(), answer);
            }
        }
        outbox.drain();
        Groups.remove(owner, privateGroup, removed);
        Groups.remove(owner, publicGroup, removed);
    }

    /** Posts as an admin or communications account announces them (to everyone without a group). */
    private long announce(String body, Long group) {
        Map<String, Object> request = new HashMap<>();
        request.put("body", body);
        if (group != null) {
            request.put("groupId", group);
        }
        return ((Number) Api.as(owner).body(request).post("/api/announcements").then().statusCode(201).extract()
                .path("id")).longValue();
    }

    @Test
    void mayReadByIdAgreesWithEveryListAndCount() {
        // Company-wide, to every account: only here, so the other tests do not fan it out again.
        String everyone = readers.values().stream().map(p -> "@" + p.username()).reduce("", (a, b) -> a + " " + b);
        posts.put("announcement", announce("Het kantoor is vrijdag gesloten #" + topic + everyone, null));
        outbox.drain();
        Set<String> outside = new HashSet<>();
        for (String post : posts.keySet()) {
            if (!post.contains("private")) {
                outside.add(post);
            }
        }
        Map<String, Set<String>> expected = Map.of(
                "outsider", outside,
                "member", posts.keySet(),
                "group admin", posts.keySet(),
                "removed member", outside,
                "site admin", outside,
                "communications", outside);
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
            disagreements.addAll(communityCounts(reader.getKey(), person, readable));
            disagreements.addAll(refusedLikeMissing(reader.getKey(), person, readable));
        }
        assertEquals(List.of(), disagreements);
    }

    /**
     * The numbers of people who help, as this reader sees them: the member answered both questions (both accepted)
     * and, like every reader, is thanked by every praise post; each count holds only what the reader may read.
     */
    private List<String> communityCounts(String reader, Person person, Set<String> readable) {
        List<String> wrong = new ArrayList<>();
        long answers = ANSWERS.stream().filter(readable::contains).count();
        long praise = PRAISE.stream().filter(readable::contains).count();
        for (Person thanked : List.of(member, person)) {
            var help = Api.as(person).get("/api/people/" + thanked.username() + "/help").then().statusCode(200)
                    .extract().jsonPath();
            long expectedAnswers = thanked == member ? answers : 0;
            if (help.getLong("answers") != expectedAnswers || help.getLong("accepted") != expectedAnswers
                    || help.getLong("praise") != praise) {
                wrong.add(reader + " / help of " + (thanked == member ? "member" : "self") + ": " + help.prettify());
            }
        }
        var board = Api.as(person).queryParam("limit", 100).get("/api/leaderboard").then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> rows = board.getList("people.findAll { it.username == '" + member.username() + "' }");
        if (rows.isEmpty()
                ? board.getList("people").size() < 100
                : !rows.get(0).get("accepted").equals((int) answers)
                        || !rows.get(0).get("answers").equals((int) answers)
                        || !rows.get(0).get("praise").equals((int) praise)) {
            wrong.add(reader + " / leaderboard row of the member: " + rows);
        }
        List<Integer> expert = Api.as(person).queryParam("topic", topic).get("/api/experts").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.username == '" + member.username() + "' }.accepted");
        if (!expert.equals(answers == 0 ? List.of() : List.of((int) answers))) {
            wrong.add(reader + " / expert on the topic: " + expert);
        }
        Map<String, Set<Long>> lists = new LinkedHashMap<>();
        lists.put("questions", ids(person, "/api/questions?limit=100&topic=" + topic));
        lists.put("praise of the member", ids(person, "/api/people/" + member.username() + "/praise?limit=100"));
        lists.put("praise of the reader", ids(person, "/api/people/" + person.username() + "/praise?limit=100"));
        lists.put("praise page", pageIds(person, "/people/" + member.username() + "/praise"));
        String praisePage = given().auth().oauth2(person.token()).get("/people/" + member.username() + "/praise")
                .then().statusCode(200).extract().asString();
        if (!praisePage.contains("data-count=\"" + praise + "\"")) {
            wrong.add(reader + " / praise page count for " + praise);
        }
        for (var list : lists.entrySet()) {
            Set<String> kind = list.getKey().equals("questions") ? QUESTIONS : PRAISE;
            for (String post : kind) {
                if (list.getValue().contains(posts.get(post)) != readable.contains(post)) {
                    wrong.add(reader + " / " + post + " / " + list.getKey() + ": listed="
                            + list.getValue().contains(posts.get(post)));
                }
            }
        }
        Set<Long> pinned = new HashSet<>(Api.as(person).get("/api/feed").then().statusCode(200).extract().jsonPath()
                .getList("pinned.id", Long.class));
        for (var post : posts.entrySet()) {
            if (pinned.contains(post.getValue()) && !readable.contains(post.getKey())) {
                wrong.add(reader + " / " + post.getKey() + " / pinned though unreadable");
            }
        }
        return wrong;
    }

    /** Voting and an announcement's acknowledgements: refused exactly like a missing post where it may not read. */
    private List<String> refusedLikeMissing(String reader, Person person, Set<String> readable) {
        List<String> wrong = new ArrayList<>();
        for (String poll : POLLS) {
            int status = Api.as(person).body(Map.of("option", 1)).put("/api/posts/" + posts.get(poll) + "/vote")
                    .statusCode();
            if (status != (readable.contains(poll) ? 200 : 404)) {
                wrong.add(reader + " / " + poll + " / vote: " + status);
            }
        }
        for (String announcement : ANNOUNCEMENTS) {
            int status = Api.as(person).get("/api/announcements/" + posts.get(announcement) + "/acknowledgements")
                    .statusCode();
            boolean seesRate = reader.equals("site admin") || reader.equals("communications");
            if (status != (!readable.contains(announcement) ? 404 : seesRate ? 200 : 403)) {
                wrong.add(reader + " / " + announcement + " / acknowledgements: " + status);
            }
        }
        return wrong;
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
        Set<String> all = new HashSet<>(posts.keySet());
        if (list.equals("notifications") && reader.equals("member")) {
            all.remove("reply in private thread");
            all.removeAll(ANSWERS);
            return all;
        }
        return switch (list) {
            case "company stream by group", "group posts" -> all.stream()
                    .filter(post -> post.contains("group") || post.equals("reply in private thread"))
                    .collect(java.util.stream.Collectors.toSet());
            case "private thread page" -> Set.of("private group", "reply in private thread");
            default -> all;
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
