package nl.relay.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.search.index.PostIndex;
import nl.relay.testing.Api;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * Every writer of posts locks a thread's root before a reply in it. A writer that took the reply first and then
 * waited for the root would deadlock with one that holds the root and wants the reply (a reply to the reply, the
 * search index), and PostgreSQL would end one of them with an error the caller sees as a 500.
 * <p>
 * Each test holds the root, lets the writer run until it waits for it, and then takes the reply without waiting:
 * that only succeeds when the writer holds nothing on the reply yet.
 */
@QuarkusTest
class ThreadLockOrderTest {

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWorker outbox;

    @Inject
    PostIndex index;

    @Test
    void choosingAnAnswerTakesTheQuestionFirst() throws Exception {
        Person asker = People.employee();
        Asked asked = asked(asker, "Wie kent een goede payroll-specialist in Utrecht?",
                "Marloes van het kantoor in Amersfoort.");
        long question = asked.question();
        long answer = asked.answer();

        int status = whileHoldingTheRoot(question, answer, () -> Api.as(asker).body(Map.of("postId", answer))
                .put("/api/posts/" + question + "/accepted-answer").statusCode());

        assertEquals(200, status);
    }

    @Test
    void removingTheAcceptedAnswerTakesTheQuestionFirst() throws Exception {
        Person asker = People.employee();
        Person helper = People.employee();
        long question = Posts.publish(asker, "Wie heeft er ervaring met de cao voor uitzendkrachten?",
                Map.of("kind", "question"));
        long answer = Posts.reply(helper, question, "Ik, vraag het maar bij de koffie.");
        Api.as(asker).body(Map.of("postId", answer)).put("/api/posts/" + question + "/accepted-answer").then()
                .statusCode(200);
        outbox.drain();

        int status = whileHoldingTheRoot(question, answer,
                () -> Api.as(helper).delete("/api/posts/" + answer).statusCode());

        assertEquals(204, status);
        Api.as(asker).get("/api/posts/" + question).then().statusCode(200);
    }

    @Test
    void indexingAThreadTakesTheRootFirst() throws Exception {
        Person author = People.employee();
        long root = Posts.publish(author, "De nieuwe werkwijze voor intakegesprekken gaat maandag in.");
        long reply = Posts.reply(People.employee(), root, "Komt er ook een handleiding bij?");
        outbox.drain();

        int status = whileHoldingTheRoot(root, reply, () -> {
            index.index(List.of(reply, root));
            return 0;
        });

        assertEquals(0, status);
    }

    @Test
    void aDeadlockThatHappensAnywayAnswersConflictAndChangesNothing() throws Exception {
        Person asker = People.employee();
        Asked asked = asked(asker, "Wie neemt donderdag de intake in Zwolle over?", "Ik kan wel, na twaalf uur.");

        ExtractableResponse<Response> refused = inADeadlock(asked, () -> Api.as(asker)
                .body(Map.of("postId", asked.answer())).put("/api/posts/" + asked.question() + "/accepted-answer")
                .then().extract());

        assertEquals(409, refused.statusCode());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.jsonPath().getString("detail").contains("Send the request again"));
        Api.as(asker).get("/api/posts/" + asked.question()).then().statusCode(200)
                .body("acceptedAnswerId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aDeadlockOnAPageAnswersAPageThatSaysToTryAgain() throws Exception {
        Person asker = People.employee();
        Asked asked = asked(asker, "Wie kan vrijdag de sollicitatiegesprekken in Deventer doen?",
                "Ik heb vrijdag de hele middag vrij.");
        String cookie = Pages.cookie(asker);

        ExtractableResponse<Response> refused = inADeadlock(asked, () -> Pages.form(cookie)
                .formParam("postId", asked.answer()).post("/posts/" + asked.question() + "/accepted-answer").then()
                .extract());

        assertEquals(409, refused.statusCode());
        assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        assertTrue(refused.body().asString().contains("Er is niets veranderd"), refused.body().asString());
        assertTrue(refused.body().asString().contains("probeer het opnieuw"), refused.body().asString());
        Api.as(asker).get("/api/posts/" + asked.question()).then().statusCode(200)
                .body("acceptedAnswerId", org.hamcrest.Matchers.nullValue());
    }

    /**
     * Runs the request to accept the answer while this test's own transaction takes the reply first, against the
     * order: the request holds the question and waits for the reply, then this transaction waits for the question.
     * PostgreSQL ends the transaction whose check finds the deadlock: the request's, after its second, as this one
     * looks only after 30. Answers what the request answered.
     */
    private ExtractableResponse<Response> inADeadlock(Asked asked, Callable<ExtractableResponse<Response>> request)
            throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ExtractableResponse<Response>> accepting = QuarkusTransaction.requiringNew().call(() -> {
                entityManager.createNativeQuery("set local deadlock_timeout = '30s'").executeUpdate();
                entityManager.createNativeQuery("select id from post where id = ?1 for update")
                        .setParameter(1, asked.answer()).getResultList();
                Future<ExtractableResponse<Response>> running = pool.submit(request);
                Wait.until(() -> running.isDone() || waitingOnMe() > 0);
                entityManager.createNativeQuery("select id from post where id = ?1 for update")
                        .setParameter(1, asked.question()).getResultList();
                return running;
            });
            return accepting.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A question the asker asked and a colleague answered, with everything it set off in the background done. */
    private Asked asked(Person asker, String question, String answer) {
        long asked = Posts.publish(asker, question, Map.of("kind", "question"));
        long answered = Posts.reply(People.employee(), asked, answer);
        outbox.drain();
        return new Asked(asked, answered);
    }

    private record Asked(long question, long answer) {
    }

    /**
     * Holds the root locked while the writer runs; once the writer waits for it, takes the reply without waiting,
     * then lets go. Answers what the writer answered.
     */
    private int whileHoldingTheRoot(long root, long reply, Callable<Integer> writer) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> written = QuarkusTransaction.requiringNew().call(() -> {
                entityManager.createNativeQuery("select id from post where id = ?1 for update")
                        .setParameter(1, root).getResultList();
                Future<Integer> running = pool.submit(writer);
                Wait.until(() -> running.isDone() || waitingOnMe() > 0);
                try {
                    entityManager.createNativeQuery("select id from post where id = ?1 for no key update nowait")
                            .setParameter(1, reply).getResultList();
                } catch (PersistenceException e) {
                    fail("the writer locked the reply before the thread's root: " + e.getMessage());
                }
                return running;
            });
            return written.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many other sessions wait for a lock this transaction holds (the search backlog's job not counted). */
    private long waitingOnMe() {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from pg_stat_activity
                where pg_backend_pid() = any(pg_blocking_pids(pid)) and query not like '%search_reindex%'""")
                .getSingleResult()).longValue();
    }
}
