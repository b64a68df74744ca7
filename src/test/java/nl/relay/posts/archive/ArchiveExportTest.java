package nl.relay.posts.archive;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArchiveExportTest {

    @Inject
    ArchiveChunks chunks;

    private static final String NDJSON = "application/x-ndjson";

    @Test
    void theArchiveHoldsEveryVersionRemovalReplyLikeAndPrivateGroupPost() {
        Instant start = now();
        Corpus corpus = Corpus.write();
        Instant end = now();

        Map<Long, JsonPath> lines = export(People.adminToken(), Map.of("from", start.toString(), "to",
                end.toString()));

        assertThat("exactly the corpus, in id order", List.copyOf(lines.keySet()),
                contains(corpus.edited, corpus.removed, corpus.reply, corpus.liked, corpus.inPrivateGroup));
        JsonPath edited = lines.get(corpus.edited);
        assertThat(edited.getString("author.username"), equalTo(corpus.author.username()));
        assertThat(edited.getString("author.displayName"), equalTo("Test " + corpus.author.username()));
        assertThat(edited.getString("kind"), equalTo("note"));
        assertThat(edited.getList("versions.body"), contains("Vacature voor een developer",
                "Vacature voor een senior Java developer", "Vacature vervuld"));
        List<Instant> written = edited.<String>getList("versions.writtenAt").stream().map(Instant::parse).toList();
        assertThat("the first version is the creation", written.get(0), equalTo(
                Instant.parse(edited.getString("createdAt"))));
        assertThat("versions in the order written", written.get(0).isAfter(written.get(1)), equalTo(false));
        assertThat(written.get(1).isAfter(written.get(2)), equalTo(false));
        assertThat("the last edit", Instant.parse(edited.getString("editedAt")), equalTo(written.get(2)));
        assertThat(edited.getBoolean("removed"), equalTo(false));
        assertThat(edited.get("group"), nullValue());
        assertThat(edited.getLong("threadId"), equalTo(corpus.edited));
        assertThat(edited.get("inReplyTo"), nullValue());

        JsonPath removed = lines.get(corpus.removed);
        assertThat(removed.getBoolean("removed"), equalTo(true));
        assertThat("the archive keeps what a removal hid", removed.getList("versions.body"),
                contains("Dit had ik niet moeten schrijven"));
        assertThat(removed.getList("likes.username"), contains(corpus.colleague().username()));
        assertThat(removed.getString("removedBy.username"), equalTo(corpus.author().username()));
        assertThat(removed.getString("removedAt"), notNullValue());
        assertThat(edited.get("removedAt"), nullValue());

        JsonPath reply = lines.get(corpus.reply);
        assertThat(reply.getLong("inReplyTo"), equalTo(corpus.edited));
        assertThat(reply.getLong("threadId"), equalTo(corpus.edited));
        assertThat(reply.getString("author.username"), equalTo(corpus.colleague.username()));
        assertThat(reply.getList("versions.body"), contains("Ik ken iemand."));

        JsonPath liked = lines.get(corpus.liked);
        assertThat(liked.getList("likes.username"), containsInAnyOrder(corpus.colleague.username(),
                corpus.member.username()));
        assertThat(liked.getList("likes.likedAt"), not(hasItems((Object) null)));
        assertThat(edited.getList("likes"), empty());

        JsonPath grouped = lines.get(corpus.inPrivateGroup);
        assertThat(grouped.getLong("group.id"), equalTo(corpus.group));
        assertThat(grouped.getString("group.name"), equalTo(corpus.groupName));
        assertThat(grouped.getList("versions.body"), contains("Alleen voor de groep."));
    }

    @Test
    void theWindowIncludesFromAndExcludesTo() {
        // Neither side of the window is ever empty: /q/openapi declares NDJSON content, which the contract check
        // requires of every 200.
        long earlier = Posts.publish(People.employee(), "Een bericht voor het venster");
        Instant start = now();
        long post = Posts.publish(People.employee(), "Een bericht in het venster");
        Instant end = now();
        long later = Posts.publish(People.employee(), "Een bericht na het venster");
        String admin = People.adminToken();

        assertThat(export(admin, Map.of("from", start.toString())).keySet(), hasItems(post));
        assertThat(export(admin, Map.of("to", end.toString())).keySet(), hasItems(post));
        assertThat(export(admin, Map.of()).keySet(), hasItems(post));
        Map<Long, JsonPath> beforeStart = export(admin, Map.of("to", start.toString()));
        assertThat(beforeStart.keySet(), hasItems(earlier));
        assertThat(beforeStart.keySet(), not(hasItems(post)));
        Map<Long, JsonPath> afterEnd = export(admin, Map.of("from", end.toString()));
        assertThat(afterEnd.keySet(), hasItems(later));
        assertThat(afterEnd.keySet(), not(hasItems(post)));

        String createdAt = export(admin, Map.of("from", start.toString(), "to", end.toString())).get(post)
                .getString("createdAt");
        assertThat("from is inclusive", export(admin, Map.of("from", createdAt)).keySet(), hasItems(post));
        assertThat(export(admin, Map.of("to", createdAt)).keySet(), not(hasItems(post)));

        // A date is the start of that day in Amsterdam; an instant may carry its offset.
        LocalDate day = start.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        Instant midnight = day.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
        Instant nextMidnight = day.plusDays(1).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
        Map<Long, JsonPath> byDays = export(admin, Map.of("from", day.toString(), "to", day.plusDays(1).toString()));
        assertThat(byDays.keySet(), hasItems(post));
        assertThat(List.copyOf(byDays.keySet()), equalTo(List.copyOf(export(admin,
                Map.of("from", midnight.toString(), "to", nextMidnight.toString())).keySet())));
        String offset = start.atZone(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime().toString();
        assertThat(export(admin, Map.of("from", offset)).keySet(), hasItems(post));
    }

    @Test
    void aWindowLargerThanAChunkIsWrittenWhole() {
        Person author = People.employee();
        Instant start = now();
        int count = 7;
        for (int i = 0; i < count; i++) {
            Posts.publish(author, "Bericht " + i + " voor het archief");
        }
        Instant end = now();
        chunks.useSize(3);
        try {
            List<Long> ids = List.copyOf(export(People.adminToken(), Map.of("from", start.toString(), "to",
                    end.toString())).keySet());
            assertThat("every post once, across chunks of three", ids, hasSize(count));
            assertThat("in id order", ids, equalTo(ids.stream().sorted().toList()));
        } finally {
            chunks.useSize(ArchiveChunks.SIZE);
        }
    }

    @Test
    void onlyAdminsExport() {
        ndjson(Api.anonymous()).get("/api/admin/export").then().statusCode(401);
        ndjson(Api.as(People.employee())).get("/api/admin/export").then().statusCode(403);
        ndjson(Api.as(People.recruiter())).get("/api/admin/export").then().statusCode(403);
        ndjson(Api.as(People.admin())).get("/api/admin/export").then().statusCode(200);
    }

    @Test
    void badDatesAreRefused() {
        String admin = People.adminToken();
        for (Map<String, String> query : List.of(Map.of("from", "2026-13-01"), Map.of("to", "gisteren"),
                Map.of("from", "2026-01-31T09:00:00"), Map.of("from", "2026-02-01", "to", "2026-01-31"))) {
            ndjson(Api.as(admin)).queryParams(query).get("/api/admin/export").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", hasSize(1));
        }
        long post = Posts.publish(People.employee(), "Een bericht van vandaag");
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        assertThat(export(admin, Map.of("from", "2000-01-01", "to", tomorrow)).keySet(), hasItems(post));
    }

    @Test
    void everyLineIsOneJsonObject() {
        Posts.publish(People.employee(), "Nog een regel voor het archief");
        String body = ndjson(Api.as(People.adminToken())).get("/api/admin/export").then().statusCode(200)
                .contentType(startsWith(NDJSON)).extract().asString();
        assertThat(body.endsWith("\n"), equalTo(true));
        for (String line : body.split("\n")) {
            JsonPath json = JsonPath.from(line);
            assertThat(line, startsWith("{"));
            assertThat(json.get("id"), notNullValue());
            assertThat(json.get("versions"), notNullValue());
        }
    }

    /** The posts of an export by id, in the order of its lines. */
    private static Map<Long, JsonPath> export(String token, Map<String, String> query) {
        String body = ndjson(Api.as(token)).queryParams(query).get("/api/admin/export").then().statusCode(200)
                .contentType(startsWith(NDJSON)).extract().asString();
        Map<Long, JsonPath> lines = new LinkedHashMap<>();
        Arrays.stream(body.split("\n")).filter(line -> !line.isEmpty()).map(JsonPath::from)
                .forEach(line -> lines.put(line.getLong("id"), line));
        return lines;
    }

    private static RequestSpecification ndjson(RequestSpecification request) {
        return request.accept(NDJSON);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A post edited twice, a removed post, a reply, a liked post and a post in a private group. */
    private record Corpus(Person author, Person colleague, Person member, long group, String groupName, long edited,
            long removed, long reply, long liked, long inPrivateGroup) {

        static Corpus write() {
            Person author = People.employee();
            Person colleague = People.employee();
            Person member = People.employee();
            String groupName = "Archiefgroep " + People.uniqueUsername();
            long group = Groups.create(author, groupName, "private");
            Groups.add(author, group, member);

            long edited = Posts.publish(author, "Vacature voor een developer");
            Api.as(author).body(Map.of("body", "Vacature voor een senior Java developer"))
                    .patch("/api/posts/" + edited).then().statusCode(200);
            Api.as(author).body(Map.of("body", "Vacature vervuld")).patch("/api/posts/" + edited).then()
                    .statusCode(200);
            long removed = Posts.publish(author, "Dit had ik niet moeten schrijven");
            Api.as(colleague).put("/api/posts/" + removed + "/like").then().statusCode(204);
            Api.as(author).delete("/api/posts/" + removed).then().statusCode(204);
            long reply = Posts.reply(colleague, edited, "Ik ken iemand.");
            long liked = Posts.publish(author, "Wie komt er vrijdag?");
            Api.as(colleague).put("/api/posts/" + liked + "/like").then().statusCode(204);
            Api.as(member).put("/api/posts/" + liked + "/like").then().statusCode(204);
            long inPrivateGroup = Posts.publish(member, "Alleen voor de groep.", Map.of("groupId", group));
            return new Corpus(author, colleague, member, group, groupName, edited, removed, reply, liked,
                    inPrivateGroup);
        }
    }
}
