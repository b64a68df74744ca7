package nl.relay.mailin.transport;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import nl.relay.testing.SendMail;
import nl.relay.testing.SmtpDialogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The SMTP listener as SmtpServers builds it, on its own port with a store the test watches (and can break): what is
 * accepted, what is refused with which code, that the store is done before 250, STARTTLS with a PEM key pair.
 */
class SmtpServersTest {

    private static final int MAX_SIZE = 64 * 1024;

    @TempDir
    static Path certificates;

    private static Vertx vertx;
    private static SSLContext tls;

    private final List<Arrival> stored = new CopyOnWriteArrayList<>();
    private final AtomicBoolean broken = new AtomicBoolean();
    private final AtomicLong ids = new AtomicLong();
    private SMTPServer server;

    @BeforeAll
    static void makeCertificate() throws Exception {
        vertx = Vertx.vertx();
        TestCertificate.Pem pem = TestCertificate.selfSigned(certificates);
        tls = PemTls.context(pem.certificate(), pem.key(), vertx);
    }

    @AfterAll
    static void closeVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private int start(Optional<SSLContext> context, boolean requireTls) throws Exception {
        return start(context, requireTls, new TrustedHosts(List.of("127.0.0.1", "::1")));
    }

    private int start(Optional<SSLContext> context, boolean requireTls, TrustedHosts trusted) throws Exception {
        SmtpSettings settings = new SmtpSettings("relay.test", 0, Optional.of(InetAddress.getLoopbackAddress()),
                MAX_SIZE, 3, 5, Duration.ofSeconds(10), requireTls);
        server = SmtpServers.build(settings, context, trusted, arrival -> {
            if (broken.get()) {
                throw new IllegalStateException("the database is down");
            }
            stored.add(arrival);
            return Optional.of(ids.incrementAndGet());
        });
        server.start();
        return server.getPortAllocated();
    }

    private static MimeMessage mail(String subject, String text) throws MessagingException {
        return SendMail.message("anna@bureau.nl", subject, text, "post@relay.test");
    }

    @Test
    void aMailIsStoredAsSentWithItsEnvelopeBeforeTheSenderHearsOk() throws Exception {
        int port = start(Optional.empty(), false);
        MimeMessage mail = mail("Nieuwe vacature", "Beste collega's, er is een nieuwe vacature bij de klant.");

        SendMail.send(SendMail.session(port, "Anna@Bureau.nl"), mail, "Post@Relay.TEST", "group+sales@relay.test");

        // No waiting: Transport returns only after the 250, and 250 comes only after the store.
        assertThat(stored, hasSize(1));
        Arrival arrival = stored.get(0);
        assertThat(arrival.via(), equalTo("smtp"));
        assertThat(arrival.peerAddress(), equalTo("127.0.0.1"));
        assertThat(arrival.envelopeFrom(), equalTo("Anna@Bureau.nl"));
        assertThat(arrival.envelopeTo(), equalTo(List.of("post@relay.test", "group+sales@relay.test")));
        MimeMessage received = new MimeMessage(Session.getInstance(new java.util.Properties()),
                new ByteArrayInputStream(arrival.raw()));
        assertThat(received.getSubject(), equalTo("Nieuwe vacature"));
        assertThat(received.getMessageID(), equalTo(mail.getMessageID()));
        assertThat(String.valueOf(received.getContent()), containsString("er is een nieuwe vacature"));
        assertThat("no Received header of Relay's own", received.getHeader("Received"), nullValue());
    }

    @Test
    void fromAnUntrustedServerOnlyTheSecretAndReplyAddressesTakeMail() throws Exception {
        int port = start(Optional.empty(), false, new TrustedHosts(List.of("192.0.2.0/24")));
        try (nl.relay.testing.SmtpDialogue smtp = nl.relay.testing.SmtpDialogue.open(port)) {
            smtp.command("EHLO sender.test");
            smtp.command("MAIL FROM:<anna@bureau.nl>");
            assertThat(smtp.command("RCPT TO:<post@relay.test>"), org.hamcrest.Matchers.startsWith("550 5.7.1"));
            assertThat(smtp.command("RCPT TO:<group+sales@relay.test>"), org.hamcrest.Matchers.startsWith("550"));
            assertThat(smtp.command("RCPT TO:<post+0123456789abcdef0123456789abcdef@relay.test>"),
                    org.hamcrest.Matchers.startsWith("250"));
            assertThat(smtp.command("RCPT TO:<reply+abcdefghijklmnop@relay.test>"),
                    org.hamcrest.Matchers.startsWith("250"));
        }
    }

    @Test
    void aStoreThatFailsIsATemporaryRefusalSoTheSenderTriesAgain() throws Exception {
        int port = start(Optional.empty(), false);
        broken.set(true);

        MessagingException refused = assertThrows(MessagingException.class,
                () -> SendMail.send(SendMail.session(port, "anna@bureau.nl"), mail("Hallo", "Tekst"),
                        "post@relay.test"));

        assertThat(SendMail.replyCode(refused), equalTo(451));
        assertThat(stored, empty());
        broken.set(false);
        SendMail.send(SendMail.session(port, "anna@bureau.nl"), mail("Hallo", "Tekst"), "post@relay.test");
        assertThat("the retry is stored", stored, hasSize(1));
    }

    @Test
    void onlyRelaysOwnAddressesAreTaken() throws Exception {
        int port = start(Optional.empty(), false);
        try (SmtpDialogue smtp = SmtpDialogue.open(port)) {
            smtp.command("EHLO sender.test");
            assertThat(smtp.command("MAIL FROM:<anna@bureau.nl>"), startsWith("250"));
            assertThat(smtp.command("RCPT TO:<iemand@elders.nl>"), startsWith("550 5.7.1"));
            assertThat(smtp.command("RCPT TO:<post@sub.relay.test>"), startsWith("550 5.7.1"));
            assertThat(smtp.command("RCPT TO:<info@relay.test>"), startsWith("550 5.1.1"));
            assertThat(smtp.command("RCPT TO:<post+@relay.test>"), startsWith("550 5.1.1"));
            assertThat(smtp.command("RCPT TO:<POST+Geheim9@Relay.Test>"), startsWith("250"));
            assertThat(smtp.command("RCPT TO:<reply+abc.DEF_1-2@relay.test>"), startsWith("250"));
            assertThat(smtp.data("Subject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII)), startsWith("250"));
        }
        assertThat(stored, hasSize(1));
        assertThat(stored.get(0).envelopeTo(), equalTo(List.of("post+geheim9@relay.test",
                "reply+abc.def_1-2@relay.test")));
    }

    @Test
    void aCapOnRecipients() throws Exception {
        int port = start(Optional.empty(), false);
        try (SmtpDialogue smtp = SmtpDialogue.open(port)) {
            smtp.command("EHLO sender.test");
            smtp.command("MAIL FROM:<anna@bureau.nl>");
            assertThat(smtp.command("RCPT TO:<group+a@relay.test>"), startsWith("250"));
            assertThat(smtp.command("RCPT TO:<group+b@relay.test>"), startsWith("250"));
            assertThat(smtp.command("RCPT TO:<group+c@relay.test>"), startsWith("250"));
            assertThat(smtp.command("RCPT TO:<group+d@relay.test>"), startsWith("452"));
        }
    }

    @Test
    void aMailOverTheLimitIsRefusedWhileStreamingAndNothingIsStored() throws Exception {
        int port = start(Optional.empty(), false);
        byte[] big = ("Subject: groot\r\n\r\n" + "Een regel tekst die vaak herhaald wordt.\r\n".repeat(2000))
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(big.length > MAX_SIZE, equalTo(true));
        try (SmtpDialogue smtp = SmtpDialogue.open(port)) {
            assertThat(smtp.command("EHLO sender.test"), containsString("SIZE " + MAX_SIZE));
            smtp.command("MAIL FROM:<anna@bureau.nl>");
            smtp.command("RCPT TO:<post@relay.test>");
            assertThat(smtp.data(big), startsWith("552"));
            assertThat("the connection stays usable", smtp.command("RSET"), startsWith("250"));
            assertThat(smtp.command("MAIL FROM:<anna@bureau.nl> SIZE=" + (MAX_SIZE + 1)), startsWith("552"));
        }
        assertThat(stored, empty());
    }

    @Test
    void aClientThatSendsOnFarPastTheLimitIsDisconnected() throws Exception {
        int port = start(Optional.empty(), false);
        byte[] huge = ("Subject: te groot\r\n\r\n" + "x".repeat(998).concat("\r\n").repeat(200))
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(huge.length > 2 * MAX_SIZE, equalTo(true));
        try (SmtpDialogue smtp = SmtpDialogue.open(port)) {
            smtp.command("EHLO sender.test");
            smtp.command("MAIL FROM:<anna@bureau.nl>");
            smtp.command("RCPT TO:<post@relay.test>");
            // 552 and the connection closed; the close may overtake the 552 on the wire.
            assertThat(smtp.data(huge), anyOf(startsWith("552"), startsWith("(connection closed")));
            assertThat(smtp.command("NOOP"), startsWith("(connection closed"));
        }
        assertThat(stored, empty());
    }

    @Test
    void aMailOfExactlyTheLimitIsTaken() throws Exception {
        byte[] exact = new byte[MAX_SIZE];
        java.util.Arrays.fill(exact, (byte) 'a');
        assertThat(MailTransaction.readAtMost(new ByteArrayInputStream(exact), MAX_SIZE).length, equalTo(MAX_SIZE));
        byte[] over = new byte[MAX_SIZE + 1];
        assertThat(MailTransaction.readAtMost(new ByteArrayInputStream(over), MAX_SIZE), nullValue());
    }

    @Test
    void aBounceIsTakenWithoutSender() throws Exception {
        int port = start(Optional.empty(), false);
        try (SmtpDialogue smtp = SmtpDialogue.open(port)) {
            smtp.command("EHLO mailer-daemon.test");
            assertThat(smtp.command("MAIL FROM:<>"), startsWith("250"));
            assertThat(smtp.command("RCPT TO:<reply+token@relay.test>"), startsWith("250"));
            assertThat(smtp.data("Subject: Undeliverable\r\n\r\nSorry\r\n".getBytes(StandardCharsets.US_ASCII)),
                    startsWith("250"));
        }
        assertThat(stored, hasSize(1));
        assertThat(stored.get(0).envelopeFrom(), nullValue());
    }

    @Test
    void startTlsIsOfferedAndWhenRequiredNothingGoesInTheClear() throws Exception {
        int port = start(Optional.of(tls), true);
        try (SmtpDialogue smtp = SmtpDialogue.open(port)) {
            assertThat(smtp.command("EHLO sender.test"), containsString("STARTTLS"));
            assertThat(smtp.command("MAIL FROM:<anna@bureau.nl>"), startsWith("530"));
        }
        Session session = SendMail.session(port, "anna@bureau.nl");
        session.getProperties().put("mail.smtp.starttls.enable", "true");
        session.getProperties().put("mail.smtp.starttls.required", "true");
        session.getProperties().put("mail.smtp.ssl.trust", "127.0.0.1");
        session.getProperties().put("mail.smtp.ssl.checkserveridentity", "true");

        SendMail.send(session, mail("Versleuteld", "Over TLS"), "post@relay.test");

        assertThat(stored, hasSize(1));
        assertThat(new String(stored.get(0).raw(), StandardCharsets.UTF_8), containsString("Over TLS"));
    }

    @Test
    void withoutACertificateNoStartTlsIsOffered() throws Exception {
        int port = start(Optional.empty(), false);
        try (SmtpDialogue smtp = SmtpDialogue.open(port)) {
            assertThat(smtp.command("EHLO sender.test"), not(containsString("STARTTLS")));
            assertThat(smtp.command("STARTTLS"), startsWith("454"));
        }
    }
}
