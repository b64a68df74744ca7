package nl.relay.mailin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.relay.mailin.reply.ReplyTokens;
import nl.relay.mailin.transport.Arrival;
import nl.relay.mailin.transport.InboundMails;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * What a mail that came in becomes: a post with its addressees as must-reads, a post in a group, a reply in its
 * thread, or a refusal its sender is told about once; and nothing for what could start a loop.
 */
@QuarkusTest
class MailIntakeTest {

    private static final String TRUSTED = "127.0.0.1";
    private static final String OUTSIDE = "203.0.113.25";

    @Inject
    InboundMails inbound;

    @Inject
    ReplyTokens tokens;

    @Inject
    EntityManager entityManager;

    @Test
    void aMailToPostWithFourColleaguesInCcBecomesAPostWithFourMustReadAddressees() {
        Person anna = People.named("Anna de Vries");
        List<Person> colleagues = List.of(People.employee(), People.employee(), People.employee(),
                People.employee());
        String unknown = "onbekend-" + People.uniqueUsername() + "@elders.nl";
        byte[] raw = InboundMailFixture.from(address(anna)).to("post@relay.test")
                .cc(address(colleagues.get(0)), address(colleagues.get(1)), address(colleagues.get(2)),
                        address(colleagues.get(3)), unknown)
                .subject("Nieuwe #vacature bij de gemeente")
                .text("Wie kent een goede beleidsmedewerker voor de gemeente Utrecht?\n\nGroet, Anna").raw();

        long postId = postOf(arrive(TRUSTED, address(anna), raw));

        Api.as(anna).get("/api/posts/" + postId).then().statusCode(200)
                .body("author.username", org.hamcrest.Matchers.equalTo(anna.username()))
                .body("body", startsWith("Nieuwe #vacature bij de gemeente\n\nWie kent een goede"))
                .body("body", containsString("Aan: @"))
                .body("topics", hasItem("vacature"))
                .body("mentions.size()", org.hamcrest.Matchers.equalTo(4));
        List<String> receipts = Api.as(anna).get("/api/posts/" + postId + "/receipts").then().statusCode(200)
                .extract().path("username");
        assertThat(receipts, containsInAnyOrder(colleagues.stream().map(Person::username).toArray()));
        MimeMessage answer = answerTo(address(anna));
        assertThat(body(answer), allOf(containsString(unknown), containsString("/posts/" + postId)));
    }

    @Test
    void aStrangersMailGetsAPoliteRefusalAndBecomesNothing() {
        String stranger = "vreemde-" + People.uniqueUsername() + "@elders.nl";
        byte[] raw = InboundMailFixture.from(stranger).to("post@relay.test").subject("Uw vacature")
                .text("Geachte heer, mevrouw, ik reageer op uw vacature.").raw();

        long id = arrive(TRUSTED, stranger, raw);

        assertEquals("refused:unknown-sender", settled(id));
        MimeMessage answer = answerTo(stranger);
        // Nothing of an unknown sender's mail is repeated: a forged sender gets no text of the forger's.
        assertEquals("Je mail niet geplaatst", subject(answer));
        assertThat(body(answer), containsString("hoort niet bij een (actief) Relay-account"));
    }

    @Test
    void postAtFromOutsideTheTrustedServerIsRefusedButTheSecretAddressWorksFromAnywhere() {
        Person bert = People.employee();
        byte[] spoofable = InboundMailFixture.from(address(bert)).to("post@relay.test").subject("Van buiten")
                .text("Dit komt niet via de bedrijfsserver.").raw();
        assertEquals("refused:untrusted-sender", settled(arrive(OUTSIDE, address(bert), spoofable)));

        Api.as(bert).get("/api/me/mail-addresses").then().statusCode(200)
                .body("post", org.hamcrest.Matchers.equalTo("post@relay.test"))
                .body("secretPost", org.hamcrest.Matchers.nullValue());
        String secretAddress = Api.as(bert).post("/api/me/mail-addresses/renew").then().statusCode(200)
                .extract().path("secretPost");
        assertEquals(secretAddress, Api.as(bert).get("/api/me/mail-addresses").then().statusCode(200)
                .extract().path("secretPost"));
        byte[] viaSecret = InboundMailFixture.from("bert.prive@gmail.example").to(secretAddress)
                .subject("Vanaf mijn telefoon").text("Ook dit kan gewoon.").raw();
        long postId = postOf(arrive(OUTSIDE, "bert.prive@gmail.example", viaSecret));
        Api.as(bert).get("/api/posts/" + postId).then().statusCode(200)
                .body("author.username", org.hamcrest.Matchers.equalTo(bert.username()));

        String renewed = Api.as(bert).post("/api/me/mail-addresses/renew").then().statusCode(200)
                .extract().path("secretPost");
        assertNotEquals(secretAddress, renewed);
        assertThat(renewed, allOf(startsWith("post+"), endsWith("@relay.test")));
        byte[] toOldSecret = InboundMailFixture.from(address(bert)).to(secretAddress).subject("Oud adres")
                .text("Dit adres is vernieuwd.").raw();
        assertEquals("refused:unknown-secret", settled(arrive(OUTSIDE, address(bert), toOldSecret)));
    }

    @Test
    void aGroupAddressPostsIntoThatGroupForMembersOnly() {
        Person owner = People.employee();
        Person outsider = People.employee();
        String name = "Zorg Noord " + People.uniqueUsername();
        long group = Groups.create(owner, name, "private");

        long byId = postOf(arrive(TRUSTED, address(owner), InboundMailFixture.from(address(owner))
                .to("group+" + group + "@relay.test").subject("Overleg").text("Dinsdag overleg zorg.").raw()));
        String slug = GroupSlug.of(name);
        long bySlug = postOf(arrive(TRUSTED, address(owner), InboundMailFixture.from(address(owner))
                .to("group+" + slug + "@relay.test").subject("Agenda").text("De agenda volgt.").raw()));

        Api.as(owner).get("/api/posts/" + byId).then().statusCode(200).body("group.id",
                org.hamcrest.Matchers.equalTo((int) group));
        Api.as(owner).get("/api/posts/" + bySlug).then().statusCode(200).body("group.id",
                org.hamcrest.Matchers.equalTo((int) group));
        Api.as(outsider).get("/api/posts/" + byId).then().statusCode(404);
        assertEquals("refused:no-group",
                settled(arrive(TRUSTED, address(outsider), InboundMailFixture.from(address(outsider))
                        .to("group+" + group + "@relay.test").subject("Mag ik?").text("Ik ben geen lid.").raw())));
        Api.as(owner).get("/api/me/mail-addresses").then().statusCode(200)
                .body("groups.address", hasItem("group+" + group + "@relay.test"));
    }

    @Test
    void aReplyByMailLandsInTheThreadWithoutTheQuotedMail() {
        Person author = People.employee();
        Person colleague = People.employee();
        long post = Posts.publish(author, "Wie heeft er ervaring met #zzp-contracten?");
        String replyAddress = tokens.addressFor(accountId(colleague), post).orElseThrow();
        String text = """
                Ja, ik heb er vorig jaar drie gedaan. Bel me maar.

                Op di 1 dec. 2026 om 10:12 schreef Relay <relay@localhost>:

                > Wie heeft er ervaring met #zzp-contracten?
                """;
        long id = arrive(TRUSTED, address(colleague), InboundMailFixture.from(address(colleague)).to(replyAddress)
                .subject("Re: Wie heeft er ervaring met #zzp-contracten?").text(text).raw());

        long reply = postOf(id);
        Api.as(author).get("/api/posts/" + post + "/thread").then().statusCode(200)
                .body("replies.id", hasItem((int) reply));
        Api.as(author).get("/api/posts/" + reply).then().statusCode(200)
                .body("body", org.hamcrest.Matchers.equalTo("Ja, ik heb er vorig jaar drie gedaan. Bel me maar."))
                .body("author.username", org.hamcrest.Matchers.equalTo(colleague.username()));
    }

    @Test
    void aReplyFromAnotherAddressThanTheTokensOwnerIsRefused() {
        Person author = People.employee();
        Person colleague = People.employee();
        long post = Posts.publish(author, "Wie neemt de intake van vrijdag over?");
        String replyAddress = tokens.addressFor(accountId(colleague), post).orElseThrow();
        String other = "doorgestuurd-" + People.uniqueUsername() + "@elders.nl";

        long id = arrive(TRUSTED, other, InboundMailFixture.from(other).to(replyAddress).subject("Re: intake")
                .text("Ik doe het wel.").raw());

        assertEquals("refused:not-token-owner", settled(id));
        assertThat(body(answerTo(other)), containsString("hoort bij iemand anders"));
        Api.as(author).get("/api/posts/" + post + "/thread").then().statusCode(200)
                .body("replies.body", not(hasItem("Ik doe het wel.")));
    }

    @Test
    void aReplyWithNothingButTheQuotedMailIsRefusedAsEmpty() {
        Person author = People.employee();
        long post = Posts.publish(author, "Graag jullie input voor de kwartaalcijfers.");
        String replyAddress = tokens.addressFor(accountId(author), post).orElseThrow();
        long id = arrive(TRUSTED, address(author), InboundMailFixture.from(address(author)).to(replyAddress)
                .subject("Re: input").text("> Graag jullie input voor de kwartaalcijfers.\n").raw());
        assertEquals("refused:empty", settled(id));
    }

    @Test
    void autoRepliesBouncesAndListsAreIgnoredWithoutAnAnswer() {
        Person person = People.employee();
        long autoReply = arrive(TRUSTED, address(person), InboundMailFixture.from(address(person))
                .to("post@relay.test").header("Auto-Submitted", "auto-replied").subject("Afwezig")
                .text("Ik ben tot maandag afwezig.").raw());
        long bounce = arrive(TRUSTED, null, InboundMailFixture.from("mailer-daemon@bureau.nl")
                .to("post@relay.test").subject("Undeliverable").text("Delivery failed.").raw());
        long list = arrive(TRUSTED, address(person), InboundMailFixture.from(address(person))
                .to("post@relay.test").header("List-Id", "<nieuws.bureau.nl>").subject("Nieuwsbrief")
                .text("Het laatste nieuws.").raw());

        assertEquals("ignored:auto_submitted", settled(autoReply));
        assertEquals("ignored:bounce", settled(bounce));
        assertEquals("ignored:mailing_list", settled(list));
        assertTrue(MailServer.to(address(person)).isEmpty());
    }

    @Test
    void theSameMessageIdDeliveredTwiceMakesOnePost() {
        Person person = People.employee();
        String messageId = "<twice-" + People.uniqueUsername() + "@bureau.nl>";
        byte[] raw = InboundMailFixture.from(address(person)).to("post@relay.test").messageId(messageId)
                .subject("Eén keer").text("Dit bericht komt twee keer binnen.").raw();
        long first = arrive(TRUSTED, address(person), raw);
        Optional<Long> second = inbound.record(new Arrival("smtp", TRUSTED, address(person),
                List.of("post@relay.test"), raw));

        assertTrue(second.isEmpty());
        postOf(first);
        long posts = ((Number) single(
                "select count(*) from post p join account a on a.id = p.author_id where a.username = ?1",
                person.username())).longValue();
        assertEquals(1, posts);
    }

    @Test
    void theSettingsPageShowsMyAddressesAndMakesAndRenewsMySecretOne() {
        Person me = People.employee();
        String cookie = nl.relay.testing.Pages.cookie(me);
        String before = nl.relay.testing.Pages.page(cookie).get("/settings").then().statusCode(200).extract()
                .asString();
        assertTrue(before.contains("post@relay.test"), "the company address");
        assertTrue(before.contains("data-testid=\"no-secret-address\"")
                && !before.contains("data-testid=\"secret-address\""),
                "no secret address until I make one");
        assertTrue(before.contains("Maak mijn persoonlijke adres"), "the button that makes it");
        assertNull(Api.as(me).get("/api/me/mail-addresses").then().statusCode(200).extract().path("secretPost"),
                "reading the page made none");

        nl.relay.testing.Pages.page(cookie).contentType("application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").post("/settings/mail-addresses/renew").then()
                .statusCode(403);
        assertNull(Api.as(me).get("/api/me/mail-addresses").then().extract().path("secretPost"));

        nl.relay.testing.Pages.form(cookie).post("/settings/mail-addresses/renew").then().statusCode(303);
        String secret = Api.as(me).get("/api/me/mail-addresses").then().extract().path("secretPost");
        assertThat(secret, allOf(startsWith("post+"), endsWith("@relay.test")));
        String page = nl.relay.testing.Pages.page(cookie).get("/settings").then().statusCode(200).extract().asString();
        assertTrue(page.contains(secret) && !page.contains("data-testid=\"no-secret-address\""),
                "my secret address");

        nl.relay.testing.Pages.form(cookie).post("/settings/mail-addresses/renew").then().statusCode(303);
        String renewed = Api.as(me).get("/api/me/mail-addresses").then().extract().path("secretPost");
        assertNotEquals(secret, renewed);
        String after = nl.relay.testing.Pages.page(cookie).get("/settings?saved=mail-addresses").then()
                .statusCode(200).extract().asString();
        assertTrue(after.contains(renewed) && !after.contains(secret), "the new address only");
    }

    @Test
    void aReplyByMailToAPostTheSenderCanNoLongerReadIsRefused() {
        Person owner = People.employee();
        Person member = People.employee();
        long group = Groups.create(owner, "Vertrouwelijk " + People.uniqueUsername(), "private");
        Groups.add(owner, group, member);
        long post = Posts.publish(owner, "Reorganisatie, nog niet delen.", java.util.Map.of("groupId", group));
        String replyAddress = tokens.addressFor(accountId(member), post).orElseThrow();
        Groups.remove(owner, group, member);

        long id = arrive(TRUSTED, address(member), InboundMailFixture.from(address(member)).to(replyAddress)
                .subject("Re: Reorganisatie").text("Wat betekent dit voor mijn team?").raw());

        assertEquals("refused:thread-gone", settled(id));
        Api.as(owner).get("/api/posts/" + post + "/thread").then().statusCode(200)
                .body("replies", org.hamcrest.Matchers.empty());
    }

    @Test
    void aReplyAllToAMailThatBecameAPostBecomesAReplyInItsThread() {
        Person anna = People.employee();
        Person bas = People.employee();
        String first = "<eerste-" + People.uniqueUsername() + "@bureau.nl>";
        long post = postOf(arrive(TRUSTED, address(anna), InboundMailFixture.from(address(anna))
                .to("post@relay.test").cc(address(bas)).messageId(first).subject("Kwartaalcijfers")
                .text("De cijfers staan klaar.").raw()));

        long reply = postOf(arrive(TRUSTED, address(bas), InboundMailFixture.from(address(bas))
                .to(address(anna)).cc("post@relay.test").header("In-Reply-To", first)
                .subject("Re: Kwartaalcijfers")
                .text("Dank, ik kijk ernaar.\n\nOp 1 dec. 2026 om 09:00 schreef Anna:\n> De cijfers staan klaar.\n")
                .raw()));

        Api.as(anna).get("/api/posts/" + post + "/thread").then().statusCode(200)
                .body("replies.id", hasItem((int) reply));
        Api.as(anna).get("/api/posts/" + reply).then().statusCode(200)
                .body("body", org.hamcrest.Matchers.equalTo("Dank, ik kijk ernaar."));
    }

    @Test
    void aColleaguesMailToSomeonesSecretAddressIsNotTakenAsTheirs() {
        Person owner = People.employee();
        Person colleague = People.employee();
        String secretAddress = Api.as(owner).post("/api/me/mail-addresses/renew").then().statusCode(200)
                .extract().path("secretPost");
        long id = arrive(OUTSIDE, address(colleague), InboundMailFixture.from(address(colleague))
                .to(address(owner)).cc(secretAddress).subject("Re: planning").text("Prima!").raw());
        assertEquals("refused:not-secret-owner", settled(id));
    }

    @Test
    void controlCharactersInASubjectAreLeftOutNotStored() {
        Person person = People.employee();
        long post = postOf(arrive(TRUSTED, address(person), InboundMailFixture.from(address(person))
                .to("post@relay.test").subject("Belangrijk\u0007 nieuws\u0000").text("Lees dit.").raw()));
        Api.as(person).get("/api/posts/" + post).then().statusCode(200)
                .body("body", org.hamcrest.Matchers.equalTo("Belangrijk nieuws\n\nLees dit."));
    }

    @Test
    void theMailAddressesAreForSignedInPeopleOnly() {
        Api.anonymous().get("/api/me/mail-addresses").then().statusCode(401);
        Api.anonymous().post("/api/me/mail-addresses/renew").then().statusCode(401);
    }

    /** The text/plain part of a mail's content. */
    private static String plainText(Object content) throws jakarta.mail.MessagingException, java.io.IOException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    return plainText(part.getContent());
                }
            }
            return "";
        }
        return String.valueOf(content);
    }

    private long arrive(String peer, String envelopeFrom, byte[] raw) {
        return inbound.record(new Arrival("smtp", peer, envelopeFrom, recipientsOf(raw), raw)).orElseThrow();
    }

    /** The envelope recipients a mail server would give: the mail's To and Cc at Relay's domain. */
    private static List<String> recipientsOf(byte[] raw) {
        String headers = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
        return java.util.regex.Pattern.compile("[a-z0-9.+_-]+@relay\\.test").matcher(headers).results()
                .map(java.util.regex.MatchResult::group).distinct().toList();
    }

    /** Waits until the intake settled the mail; "status:outcome". */
    private String settled(long id) {
        String[] outcome = new String[1];
        Wait.until(() -> {
            outcome[0] = (String) single("select status || coalesce(':' || outcome, '') from inbound_mail "
                    + "where id = ?1", id);
            return !"received".equals(outcome[0]);
        });
        return outcome[0];
    }

    private long postOf(long id) {
        assertThat(settled(id), anyOf(is("posted"), is("replied")));
        return ((Number) single("select post_id from inbound_mail where id = ?1", id)).longValue();
    }

    private long accountId(Person person) {
        return ((Number) single("select id from account where username = ?1", person.username())).longValue();
    }

    private Object single(String sql, Object parameter) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery(sql).setParameter(1, parameter).getSingleResult());
    }

    private static String address(Person person) {
        return person.username() + "@example.nl";
    }

    private static MimeMessage answerTo(String address) {
        Wait.until(() -> !MailServer.to(address).isEmpty());
        return MailServer.to(address).get(0);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return plainText(message.getContent());
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
