package nl.relay.community.questions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A question's accepted answer: who may choose it (the asker, a manager of its group), what can be chosen (a reply
 * in the thread that was not removed), that it comes first in the thread and tells its author; the list of
 * questions, private ones kept inside their group; and the asker's one reminder.
 */
@QuarkusTest
class QuestionsTest {

    @Inject
    OutboxWorker outbox;

    @Inject
    TestClock clock;

    @Inject
    RemindOpenQuestionsJob reminders;

    private static long question(Person asker, String body) {
        return Posts.publish(asker, body, Map.of("kind", "question"));
    }

    private static void accept(Person who, long question, long answer, int status) {
        Api.as(who).body(Map.of("postId", answer)).put("/api/posts/" + question + "/accepted-answer").then()
                .statusCode(status);
    }

    private static List<Integer> notices(Person person, String type) {
        return Api.as(person).get("/api/notifications?limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.type == '" + type + "' }.post.id");
    }

    @Test
    void theAskerAcceptsAReplyWhichComesFirstAndTellsItsAuthorOnce() {
        Person asker = People.employee();
        Person early = People.employee();
        Person later = People.employee();
        long question = question(asker, "Wie kent een goede loonadministrateur in Zwolle?");
        long first = Posts.reply(early, question, "Probeer het eens bij het uitzendbureau op de markt.");
        long second = Posts.reply(later, question, "Mijn oud-collega Joris zoekt precies zo'n baan.");
        outbox.drain();

        Api.as(asker).body(Map.of("postId", second)).put("/api/posts/" + question + "/accepted-answer").then()
                .statusCode(200).body("id", equalTo((int) question)).body("acceptedAnswerId", equalTo((int) second))
                .body("acceptedAnswer", equalTo(false));
        Api.as(early).get("/api/posts/" + question + "/thread").then().statusCode(200)
                .body("root.acceptedAnswerId", equalTo((int) second))
                .body("replies.id", contains((int) second, (int) first))
                .body("replies.acceptedAnswer", contains(true, false))
                .body("replies.acceptedAnswerId", contains(nullValue(), nullValue()));
        Api.as(early).get("/api/posts/" + second).then().body("acceptedAnswer", equalTo(true));
        assertEquals(List.of((int) second), notices(later, "accepted"));
        Api.as(later).get("/api/notifications").then()
                .body("items.find { it.type == 'accepted' }.actor.username", equalTo(asker.username()));

        // Another choice replaces it; taking it back opens the question again; the same choice again tells no one.
        accept(asker, question, first, 200);
        Api.as(asker).get("/api/posts/" + question + "/thread").then()
                .body("root.acceptedAnswerId", equalTo((int) first))
                .body("replies.id", contains((int) first, (int) second));
        Api.as(asker).delete("/api/posts/" + question + "/accepted-answer").then().statusCode(204);
        Api.as(asker).get("/api/posts/" + question).then().body("acceptedAnswerId", nullValue());
        Api.as(asker).delete("/api/posts/" + question + "/accepted-answer").then().statusCode(204);
        accept(asker, question, first, 200);
        accept(asker, question, first, 200);
        assertEquals(List.of((int) first), notices(early, "accepted"));
        assertEquals(List.of((int) second), notices(later, "accepted"));
    }

    @Test
    void acceptingYourOwnReplyTellsNobody() {
        Person asker = People.employee();
        long question = question(asker, "Heeft iemand het nieuwe cao-boekje voor de bouw?");
        long own = Posts.reply(asker, question, "Gevonden, het staat op het intranet onder HR.");
        accept(asker, question, own, 200);
        assertEquals(List.of(), notices(asker, "accepted"));
    }

    @Test
    void onlyTheAskerOrAManagerOfItsGroupChooses() {
        Person owner = People.employee();
        Person asker = People.employee();
        Person manager = People.employee();
        Person member = People.employee();
        Person stranger = People.employee();
        Person siteAdmin = People.admin();
        long group = Groups.create(owner, "public");
        Groups.add(owner, group, asker);
        Groups.add(owner, group, member);
        Groups.add(owner, group, manager);
        Groups.setRole(owner, group, manager, "admin");
        long question = Posts.publish(asker, "Welke cursus raden jullie aan voor nieuwe intercedenten?",
                Map.of("kind", "question", "groupId", group));
        long answer = Posts.reply(member, question, "De tweedaagse van de NBBU is erg goed.");

        accept(stranger, question, answer, 403);
        accept(member, question, answer, 403);
        accept(siteAdmin, question, answer, 403);
        Api.as(stranger).get("/api/posts/" + question).then().body("acceptedAnswerId", nullValue());
        accept(manager, question, answer, 200);
        accept(owner, question, answer, 200);
        Api.as(stranger).delete("/api/posts/" + question + "/accepted-answer").then().statusCode(403);
        Api.as(member).delete("/api/posts/" + question + "/accepted-answer").then().statusCode(403);
        Api.as(stranger).get("/api/posts/" + question).then().body("acceptedAnswerId", equalTo((int) answer));
        Api.as(manager).delete("/api/posts/" + question + "/accepted-answer").then().statusCode(204);
        Api.as(stranger).get("/api/posts/" + question).then().body("acceptedAnswerId", nullValue());
    }

    @Test
    void whatCannotBeChosenIsRefusedAndChangesNothing() {
        Person asker = People.employee();
        Person other = People.employee();
        long note = Posts.publish(asker, "Vrijdag borrel bij de vestiging Arnhem.");
        long noteReply = Posts.reply(other, note, "Ik ben er bij!");
        long question = question(asker, "Wie heeft ervaring met het plaatsen van lassers uit Portugal?");
        long answer = Posts.reply(other, question, "Wij hebben er vorig jaar zes geplaatst, bel me.");
        long elsewhere = question(other, "Hoe lang duurt een VCA-cursus?");
        long elsewhereReply = Posts.reply(asker, elsewhere, "Meestal één dag.");
        long removed = Posts.reply(other, question, "Dat weet ik niet zeker.");
        Api.as(other).delete("/api/posts/" + removed).then().statusCode(204);

        accept(asker, note, noteReply, 409);
        accept(asker, answer, answer, 409);
        accept(asker, question, elsewhereReply, 422);
        accept(asker, question, question, 422);
        accept(asker, question, removed, 422);
        accept(asker, question, 999_999_999_999L, 422);
        Api.as(asker).body(Map.of()).put("/api/posts/" + question + "/accepted-answer").then().statusCode(422);
        Api.as(asker).body(Map.of("postId", "twee")).put("/api/posts/" + question + "/accepted-answer").then()
                .statusCode(422);
        accept(asker, 999_999_999_999L, answer, 404);
        Api.as(asker).body(Map.of("postId", answer)).put("/api/posts/abc/accepted-answer").then().statusCode(404);
        Api.as(asker).delete("/api/posts/" + note + "/accepted-answer").then().statusCode(409);
        Api.anonymous().delete("/api/posts/" + question + "/accepted-answer").then().statusCode(401);
        Api.as(asker).get("/api/posts/" + question).then().body("acceptedAnswerId", nullValue());
        Api.as(asker).get("/api/posts/" + note).then().body("acceptedAnswerId", nullValue());
        assertEquals(List.of(), notices(other, "accepted"));
    }

    @Test
    void aPrivateGroupsQuestionIsInvisibleToOutsiders() {
        Person owner = People.employee();
        Person outsider = People.employee();
        String topic = "geheim" + People.uniqueUsername().replaceAll("[^a-z0-9]", "");
        long group = Groups.create(owner, "private");
        long question = Posts.publish(owner, "Wie neemt de klant over als #" + topic + " stopt?",
                Map.of("kind", "question", "groupId", group));
        long answer = Posts.reply(owner, question, "Dat doet Fatima.");

        accept(outsider, question, answer, 404);
        Api.as(outsider).delete("/api/posts/" + question + "/accepted-answer").then().statusCode(404);
        Api.as(outsider).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        Api.as(outsider).get("/api/questions?topic=" + topic).then().statusCode(200).body("items", empty());
        Api.as(outsider).get("/api/questions?group=" + group).then().statusCode(200).body("items", empty());
        Api.as(outsider).get("/api/questions?open=true&limit=100").then().statusCode(200)
                .body("items.id", not(hasItem((int) question)));
        Api.as(owner).get("/api/questions?group=" + group).then().body("items.id", contains((int) question));
        Api.as(owner).get("/api/questions?open=true&limit=100").then().body("items.id", hasItem((int) question));
    }

    @Test
    void theListHoldsMyTopicsAndGroupsQuestionsOpenOrAll() {
        Person asker = People.employee();
        Person reader = People.employee();
        Person owner = People.employee();
        String topic = "vraag" + People.uniqueUsername().replaceAll("[^a-z0-9]", "");
        long open = question(asker, "Wie plant de inwerkdag in Deventer? #" + topic);
        long answered = question(asker, "Waar staat het verlofformulier? #" + topic);
        long answer = Posts.reply(reader, answered, "In de map Personeel.");
        accept(asker, answered, answer, 200);
        Posts.publish(asker, "Een gewone mededeling over #" + topic);
        long group = Groups.create(owner, "public");
        Groups.add(owner, group, reader);
        long inGroup = Posts.publish(owner, "Wie heeft de sleutel van het archief?",
                Map.of("kind", "question", "groupId", group));
        long elsewhere = question(asker, "Een vraag buiten mijn onderwerpen en groepen");

        Api.as(reader).queryParam("topic", "#" + topic).get("/api/questions").then().statusCode(200)
                .body("items.id", contains((int) answered, (int) open))
                .body("items.acceptedAnswerId", contains((int) answer, null));
        Api.as(reader).get("/api/questions?open=true&topic=" + topic).then()
                .body("items.id", contains((int) open));
        Api.as(reader).get("/api/questions?topic=" + topic + "&limit=1").then()
                .body("items.id", contains((int) answered)).body("next", notNullValue());
        String next = Api.as(reader).get("/api/questions?topic=" + topic + "&limit=1").then().extract()
                .path("next");
        Api.as(reader).get("/api/questions?topic=" + topic + "&limit=1&cursor=" + next).then()
                .body("items.id", contains((int) open));

        // Without topic and group: my topics and my groups.
        Api.as(reader).get("/api/questions?open=true&limit=100").then()
                .body("items.id", not(hasItem((int) open))).body("items.id", hasItem((int) inGroup));
        Api.as(reader).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        Api.as(reader).get("/api/questions?open=true&limit=100").then()
                .body("items.id", hasItem((int) open)).body("items.id", hasItem((int) inGroup))
                .body("items.id", not(hasItem((int) answered))).body("items.id", not(hasItem((int) elsewhere)));
        Api.as(reader).get("/api/questions?limit=100").then().body("items.id", hasItem((int) answered));

        Api.as(reader).get("/api/questions?open=soms").then().statusCode(422);
        Api.as(reader).get("/api/questions?group=abc").then().statusCode(422);
        Api.as(reader).get("/api/questions?topic=!!").then().statusCode(422);
        Api.as(reader).get("/api/questions?limit=0").then().statusCode(422);
        Api.as(reader).get("/api/questions?cursor=kapot").then().statusCode(400);
        Api.anonymous().get("/api/questions").then().statusCode(401);
    }

    @Test
    void aRemovedAnswerIsNoLongerTheAcceptedOne() {
        Person asker = People.employee();
        Person helper = People.employee();
        String topic = "weg" + People.uniqueUsername().replaceAll("[^a-z0-9]", "");
        long question = question(asker, "Wie weet het telefoonnummer van de bouwplaats? #" + topic);
        long answer = Posts.reply(helper, question, "06-12345678, vraag naar Kees.");
        accept(asker, question, answer, 200);
        Api.as(asker).get("/api/questions?open=true&topic=" + topic).then().body("items", empty());

        Api.as(helper).delete("/api/posts/" + answer).then().statusCode(204);
        Api.as(asker).get("/api/posts/" + question).then().body("acceptedAnswerId", nullValue());
        Api.as(asker).get("/api/posts/" + question + "/thread").then().body("replies[0].deleted", equalTo(true))
                .body("replies[0].acceptedAnswer", equalTo(false));
        Api.as(asker).get("/api/questions?open=true&topic=" + topic).then().body("items.id",
                contains((int) question));
        accept(asker, question, answer, 422);
    }

    /** Runs the job as the schedule does: batch after batch while batches come full (the database is shared). */
    private void remindAllDue() {
        while (reminders.remindDue() == 500) {
            // more may be due
        }
    }

    @Test
    void theAskerIsRemindedOnceOfAQuestionStillOpen() {
        Person asker = People.employee();
        Person helper = People.employee();
        clock.stop();
        try {
            long open = question(asker, "Wie kan morgen invallen op de vestiging in Ede?");
            long answered = question(asker, "Is het kantoor op Hemelvaartsdag open?");
            accept(asker, answered, Posts.reply(helper, answered, "Nee, gesloten."), 200);
            long removed = question(asker, "Laat maar, al opgelost");
            Api.as(asker).delete("/api/posts/" + removed).then().statusCode(204);

            remindAllDue();
            assertEquals(List.of(), notices(asker, "question"));
            clock.advance(Duration.ofDays(2).minusMinutes(1));
            remindAllDue();
            assertEquals(List.of(), notices(asker, "question"));
            clock.advance(Duration.ofMinutes(2));
            remindAllDue();
            assertEquals(List.of((int) open), notices(asker, "question"));
            clock.advance(Duration.ofDays(3));
            remindAllDue();
            assertEquals(List.of((int) open), notices(asker, "question"));
            Api.as(asker).get("/api/notifications").then()
                    .body("items.findAll { it.type == 'question' }", hasSize(1))
                    .body("items.find { it.type == 'question' }.post.kind", equalTo("question"));
        } finally {
            clock.resume();
        }
    }
}
