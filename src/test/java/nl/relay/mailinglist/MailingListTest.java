package nl.relay.mailinglist;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.mailin.reply.ReplyTarget;
import nl.relay.mailin.reply.ReplyTokens;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Groups;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * Mailing-list mode: every post and reply of a chosen group or followed topic by mail, each answerable, one mail
 * per person per post, never to its author or to someone who may not read it.
 */
@QuarkusTest
class MailingListTest {

    private static final Pattern REPLY_ADDRESS = Pattern.compile("reply\\+([a-z2-7]+)@relay\\.test");

    @Inject
    OutboxWorker outbox;

    @Inject
    ReplyTokens tokens;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void groupsAndFollowedTopicsAreChosenAndUnchosenOnceWhateverTheRepeats() {
        Person owner = People.employee();
        Person me = People.employee();
        long open = Groups.create(owner, "Open " + People.uniqueUsername(), "public");
        long mine = Groups.create(owner, "private");
        Groups.add(owner, mine, me);
        long closed = Groups.create(owner, "private");
        String topic = "Vacatures" + letters();
        Api.as(me).get("/api/me/mailing-list").then().statusCode(200).body("groups", empty()).body("topics", empty());

        Api.as(me).put("/api/me/mailing-list/groups/" + open).then().statusCode(204);
        Api.as(me).put("/api/me/mailing-list/groups/" + open).then().statusCode(204);
        Api.as(me).put("/api/me/mailing-list/groups/" + mine).then().statusCode(204);
        Api.as(me).put("/api/me/mailing-list/groups/" + closed).then().statusCode(404);
        Api.as(me).put("/api/me/mailing-list/groups/abc").then().statusCode(404);
        Api.as(me).put("/api/me/mailing-list/groups/987654321987").then().statusCode(404);
        Api.as(me).put("/api/me/mailing-list/topics/" + topic).then().statusCode(422)
                .body("errors.field", hasItem("topic"));
        Api.as(me).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        Api.as(me).put("/api/me/mailing-list/topics/{topic}", "#" + topic).then().statusCode(204);
        Api.as(me).put("/api/me/mailing-list/topics/" + topic.toUpperCase()).then().statusCode(204);
        Api.as(me).put("/api/me/mailing-list/topics/!!").then().statusCode(422);
        Api.as(me).get("/api/me/mailing-list").then().statusCode(200)
                .body("groups.id", contains(groupsInNameOrder(owner, open, mine)))
                .body("groups.find { it.id == " + open + " }.name", org.hamcrest.Matchers.startsWith("Open "))
                .body("topics", contains(topic.toLowerCase()));

        Api.as(me).delete("/api/me/mailing-list/groups/" + open).then().statusCode(204);
        Api.as(me).delete("/api/me/mailing-list/groups/" + open).then().statusCode(204);
        Api.as(me).delete("/api/me/mailing-list/groups/" + closed).then().statusCode(404);
        Api.as(me).delete("/api/me/mailing-list/topics/" + topic).then().statusCode(204);
        Api.as(me).delete("/api/me/mailing-list/topics/" + topic).then().statusCode(204);
        Api.as(me).delete("/api/me/mailing-list/topics/{topic}", " ").then().statusCode(422);
        Api.as(me).get("/api/me/mailing-list").then().statusCode(200).body("groups.id", contains((int) mine))
                .body("topics", empty());
        Api.anonymous().get("/api/me/mailing-list").then().statusCode(401);
    }

    @Test
    void everyPostAndReplyOfAChosenGroupComesByMailAnswerableButNotToItsAuthor() throws Exception {
        Person owner = People.employee();
        Person colleague = People.employee();
        Person reader = People.employee();
        String name = "Werving Zuid " + letters();
        long group = Groups.create(owner, name, "public");
        Groups.add(owner, group, colleague);
        Api.as(reader).put("/api/me/mailing-list/groups/" + group).then().statusCode(204);
        Api.as(owner).put("/api/me/mailing-list/groups/" + group).then().statusCode(204);
        // The reply's notification to the owner comes in the digest: an instant one could be mailed before the
        // list mail on a slow machine, and the post is mailed to a person once.
        Api.as(owner).body(Map.of("email", "digest", "digest", "daily")).put("/api/me/preferences").then()
                .statusCode(200);

        long post = Posts.publish(owner, "Nieuwe vacature bij Philips <b>Eindhoven</b>\nDetails volgen morgen.",
                Map.of("groupId", group));
        MimeMessage mail = waitForListMail(reader, post);
        assertEquals("[" + name + "] Nieuwe vacature bij Philips <b>Eindhoven</b>", mail.getSubject());
        assertEquals("<group-" + group + ".localhost>", mail.getHeader("List-Id")[0]);
        assertEquals("list", mail.getHeader("Precedence")[0]);
        assertEquals("localhost", mail.getHeader("X-Relay-Origin")[0]);
        assertTrue(mail.getHeader("List-Unsubscribe")[0].endsWith("/settings>"));
        assertEquals("<list-" + post + "-" + idOf(reader) + "@localhost>", mail.getMessageID());
        assertEquals(Optional.of(new ReplyTarget(idOf(reader), post)), tokens.read(replyToken(mail)));
        String raw = MailServer.raw(mail);
        assertTrue(raw.contains("&lt;b&gt;Eindhoven&lt;/b&gt;"), "the text escaped in HTML");
        assertTrue(raw.contains("Details volgen morgen."), "the whole text");
        assertTrue(raw.contains("Test " + owner.username() + " schreef in " + name), "who wrote it, in Dutch");
        assertTrue(raw.contains("/posts/" + post), "a link to the post");
        assertTrue(raw.contains("Beantwoord deze mail om te reageren"), "it says the mail can be answered");

        long reply = Posts.reply(colleague, post, "Ik ken iemand die past.");
        MimeMessage replied = waitForListMail(reader, reply);
        assertEquals("[" + name + "] Re: Nieuwe vacature bij Philips <b>Eindhoven</b>", replied.getSubject());
        assertEquals(Optional.of(new ReplyTarget(idOf(reader), reply)), tokens.read(replyToken(replied)));
        Wait.until(() -> listMails(owner, reply).size() == 1);
        outbox.drain();
        assertTrue(listMails(owner, post).isEmpty(), "never to the author");
        assertEquals(1, listMails(owner, reply).size(), "the author of the first post gets the reply");
        assertEquals(1, listMails(reader, post).size(), "once");
    }

    @Test
    void everyPostOfAFollowedTopicAndTheRepliesInItsThreadsComeByMailUntilUnfollowed() throws Exception {
        Person reader = People.employee();
        Person author = People.employee();
        String topic = "Tarieven" + letters();
        Api.as(reader).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        Api.as(reader).put("/api/me/mailing-list/topics/" + topic).then().statusCode(204);

        long post = Posts.publish(author, "De #" + topic + " voor 2026 staan online.");
        MimeMessage mail = waitForListMail(reader, post);
        assertEquals("[#" + topic.toLowerCase() + "] De #" + topic + " voor 2026 staan online.", mail.getSubject());
        assertEquals("<topic-" + topic.toLowerCase() + ".localhost>", mail.getHeader("List-Id")[0]);
        long reply = Posts.reply(People.employee(), post, "Fijn, dank je.");
        waitForListMail(reader, reply);

        Api.as(reader).delete("/api/me/follows/topics/" + topic).then().statusCode(204);
        Api.as(reader).get("/api/me/mailing-list").then().body("topics", empty());
        Api.as(reader).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        long later = Posts.publish(author, "Nog een vraag over #" + topic);
        outbox.drain();
        assertTrue(listMails(reader, later).isEmpty(), "unfollowing ended it; following again does not bring it back");
    }

    @Test
    void aPrivateGroupIsMailedOnlyWhileTheSubscriberMayReadIt() throws Exception {
        Person owner = People.employee();
        Person leaver = People.employee();
        Person outsider = People.employee();
        long secret = Groups.create(owner, "private");
        Groups.add(owner, secret, leaver);
        Api.as(leaver).put("/api/me/mailing-list/groups/" + secret).then().statusCode(204);
        long before = Posts.publish(owner, "Alleen voor het team: de bonusregeling.", Map.of("groupId", secret));
        waitForListMail(leaver, before);
        Api.as(leaver).delete("/api/groups/" + secret + "/members/" + leaver.username()).then().statusCode(204);
        Api.as(leaver).get("/api/me/mailing-list").then().body("groups", empty());

        long open = Groups.create(owner, "public");
        Api.as(outsider).put("/api/me/mailing-list/groups/" + open).then().statusCode(204);
        long visible = Posts.publish(owner, "Iedereen mag dit lezen.", Map.of("groupId", open));
        waitForListMail(outsider, visible);
        Api.as(owner).body(Map.of("visibility", "private")).patch("/api/groups/" + open).then().statusCode(200);

        long after = Posts.publish(owner, "Na het vertrek: nieuwe afspraken.", Map.of("groupId", secret));
        long hidden = Posts.publish(owner, "Nu besloten: de salarissen.", Map.of("groupId", open));
        outbox.drain();
        assertTrue(listMails(leaver, after).isEmpty(), "left the group");
        assertTrue(listMails(outsider, hidden).isEmpty(), "may no longer read it");
    }

    @Test
    void aPostMatchingAGroupAndATopicIsMailedOnce() throws Exception {
        Person owner = People.employee();
        Person reader = People.employee();
        String topic = "Dubbel" + letters();
        long group = Groups.create(owner, "Dubbel " + letters(), "public");
        Api.as(reader).put("/api/me/mailing-list/groups/" + group).then().statusCode(204);
        Api.as(reader).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        Api.as(reader).put("/api/me/mailing-list/topics/" + topic).then().statusCode(204);
        long post = Posts.publish(owner, "Over #" + topic + " in de groep.", Map.of("groupId", group));
        waitForListMail(reader, post);
        outbox.drain();
        assertEquals(1, listMails(reader, post).size());
    }

    @Test
    void someoneAddressedInAMailedPostGetsOneMailForItThatSaysItIsAMustRead() throws Exception {
        Person owner = People.employee();
        Person reader = People.employee();
        long group = Groups.create(owner, "public");
        Api.as(reader).put("/api/me/mailing-list/groups/" + group).then().statusCode(204);
        long post = Posts.publish(owner, "Graag lezen, @" + reader.username() + ": het nieuwe beleid.",
                Map.of("groupId", group));
        // The list mail goes at once and the mention's own mail after the delay, finding the post mailed already.
        // On a slow machine the list mail can be late instead; then the mention's mail goes and the list mail not.
        Wait.until(() -> !mailsAbout(reader, post).isEmpty() && mentionMailsPending(reader, post) == 0);
        outbox.drain();
        List<MimeMessage> mails = mailsAbout(reader, post);
        assertEquals(1, mails.size(), "one mail about the post");
        String raw = MailServer.raw(mails.get(0));
        assertTrue(raw.contains("lezen is verplicht") || raw.contains("noemde je in een bericht dat je moet lezen"),
                "a must-read says so");
    }

    @Test
    void theSettingsPageTicksGroupsAndTopicsByMail() throws Exception {
        Person owner = People.employee();
        Person me = People.employee();
        long group = Groups.create(owner, "Instellingen " + letters(), "private");
        Groups.add(owner, group, me);
        long foreign = Groups.create(owner, "private");
        String topic = "Zorg" + letters();
        Api.as(me).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        String cookie = nl.relay.testing.Pages.cookie(me);
        String page = nl.relay.testing.Pages.page(cookie).get("/settings").then().statusCode(200).extract().asString();
        assertTrue(page.contains("name=\"group\" value=\"" + group + "\""), "my group");
        assertTrue(page.contains("name=\"topic\" value=\"" + topic.toLowerCase() + "\""), "my topic");
        assertTrue(page.contains("Berichten per mail"), "in Dutch");

        nl.relay.testing.Pages.form(cookie).formParam("group", String.valueOf(group))
                .formParam("group", String.valueOf(foreign)).formParam("topic", topic.toLowerCase())
                .post("/settings/mailing-list").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/settings?saved=mailing-list"));
        Api.as(me).get("/api/me/mailing-list").then().body("groups.id", contains((int) group))
                .body("topics", contains(topic.toLowerCase()));
        String saved = nl.relay.testing.Pages.page(cookie).get("/settings?saved=mailing-list").then()
                .statusCode(200).extract().asString();
        assertTrue(saved.contains("value=\"" + group + "\" checked"), "ticked");

        nl.relay.testing.Pages.page(cookie).contentType("application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").post("/settings/mailing-list").then().statusCode(403);
        Api.as(me).get("/api/me/mailing-list").then().body("groups.id", contains((int) group));

        nl.relay.testing.Pages.form(cookie).formParam("topic", topic).post("/settings/mailing-list").then()
                .statusCode(303);
        Api.as(me).get("/api/me/mailing-list").then().body("groups", empty())
                .body("topics", contains(topic.toLowerCase()));

        Api.as(me).body(Map.of("language", "en")).put("/api/me/preferences").then().statusCode(200);
        String english = nl.relay.testing.Pages.page(nl.relay.testing.Pages.cookie(me)).get("/settings").then()
                .statusCode(200).extract().asString();
        assertTrue(english.contains("Posts by mail"), "in English");
    }

    @Test
    void theErasureEndsMailingAFollowedTopicThatNamesThePerson() throws Exception {
        Person recruiter = People.recruiter();
        String surname = "Lijst" + letters();
        String email = "lijst." + letters() + "@voorbeeld.nl";
        Candidates.offer(recruiter, Map.of("person", Map.of("name", "Jan de " + surname, "email", email, "phone",
                "06 " + (10_000_000 + Candidates.unique() % 89_999_999))));
        Person follower = People.employee();
        Api.as(follower).put("/api/me/follows/topics/JanDe" + surname).then().statusCode(204);
        Api.as(follower).put("/api/me/mailing-list/topics/JanDe" + surname).then().statusCode(204);
        Api.as(People.withRoles("privacy")).body(Map.of("email", email)).post("/api/privacy/erasures").then()
                .statusCode(200).body("changes.store", hasItem("mail_subscription"));
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from mail_subscription where topic = ?")) {
            statement.setString(1, ("JanDe" + surname).toLowerCase());
            try (var row = statement.executeQuery()) {
                row.next();
                assertEquals(0, row.getInt(1));
            }
        }
    }

    private MimeMessage waitForListMail(Person reader, long post) {
        Wait.until(() -> listMails(reader, post).size() == 1);
        return listMails(reader, post).get(0);
    }

    /** The mailing-list mails of this post the person received. */
    private List<MimeMessage> listMails(Person person, long post) {
        long account = idOf(person);
        return MailServer.to(MailServer.addressOf(person)).stream()
                .filter(mail -> messageId(mail).equals("<list-" + post + "-" + account + "@localhost>")).toList();
    }

    /** Every mail the person received that links to this post (a list mail or a notification). */
    private static List<MimeMessage> mailsAbout(Person person, long post) {
        Pattern link = Pattern.compile("/posts/" + post + "(?![0-9])");
        return MailServer.to(MailServer.addressOf(person)).stream().filter(mail -> {
            try {
                return link.matcher(MailServer.raw(mail)).find();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String replyToken(MimeMessage mail) throws MessagingException {
        assertEquals(1, mail.getReplyTo().length);
        Matcher matcher = REPLY_ADDRESS.matcher(((InternetAddress) mail.getReplyTo()[0]).getAddress());
        assertTrue(matcher.matches(), mail.getReplyTo()[0].toString());
        return matcher.group(1);
    }

    /** 1 until the mention of the person in the post is written and its mail task is done with (sent or not). */
    private int mentionMailsPending(Person person, long post) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        select not exists (select 1 from notification n join account a on a.id = n.recipient_id
                                           where a.username = ? and n.post_id = ? and n.type = 'mention')
                            or exists (select 1 from outbox_task t join notification n on n.id = t.subject_id
                                       join account a on a.id = n.recipient_id
                                       where t.kind = 'notification.email' and a.username = ? and n.post_id = ?)
                        """)) {
            statement.setString(1, person.username());
            statement.setLong(2, post);
            statement.setString(3, person.username());
            statement.setLong(4, post);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1) ? 1 : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long idOf(Person person) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select id from account where username = ?")) {
            statement.setString(1, person.username());
            try (var row = statement.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The groups' ids as the list orders them: by name. */
    private static Integer[] groupsInNameOrder(Person viewer, long... groups) {
        return java.util.Arrays.stream(groups).boxed().sorted(java.util.Comparator.comparing(
                (Long id) -> Api.as(viewer).get("/api/groups/" + id).then().extract().path("name").toString()
                        .toLowerCase()))
                .map(Long::intValue).toArray(Integer[]::new);
    }

    private static String letters() {
        StringBuilder word = new StringBuilder();
        for (char digit : Long.toString(Candidates.unique()).toCharArray()) {
            word.append((char) ('a' + (digit - '0')));
        }
        return word.toString();
    }
}
