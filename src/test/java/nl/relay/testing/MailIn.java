package nl.relay.testing;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import nl.relay.mailin.transport.SmtpListener;

/**
 * Mail in for every @QuarkusTest: Relay's SMTP listener on a free port for the domain {@value #DOMAIN}, and an IMAP
 * mailbox (GreenMail, in the test JVM) that Relay's IMAP poller reads when a test polls (scheduled polling and the
 * purge are off). Tests send to Relay with {@link SendMail}.
 */
@QuarkusTestResource(MailIn.class)
public class MailIn implements QuarkusTestResourceLifecycleManager {

    /** The domain Relay receives mail for in the tests. */
    public static final String DOMAIN = "relay.test";

    /** The largest mail Relay takes in the tests: 2 MiB. */
    public static final int MAX_SIZE = 2 * 1024 * 1024;

    private static final String MAILBOX_LOGIN = "relay-mailbox";
    private static final String MAILBOX_PASSWORD = "mailbox-secret";

    private static GreenMail imap;
    private static GreenMailUser mailbox;

    @Override
    public Map<String, String> start() {
        int imapPort = freePort();
        imap = new GreenMail(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        mailbox = imap.setUser("mailbox@" + DOMAIN, MAILBOX_LOGIN, MAILBOX_PASSWORD);
        return Map.ofEntries(Map.entry("relay.mail-in.port", "0"),
                Map.entry("relay.mail-in.bind-address", "127.0.0.1"),
                Map.entry("relay.mail-in.domain", DOMAIN),
                // small enough for a test to send a mail over it
                Map.entry("relay.mail-in.max-size", String.valueOf(MAX_SIZE)),
                Map.entry("relay.mail-in.purge-every", "off"),
                Map.entry("relay.mail-in.imap.host", "127.0.0.1"),
                Map.entry("relay.mail-in.imap.port", String.valueOf(imapPort)),
                Map.entry("relay.mail-in.imap.username", MAILBOX_LOGIN),
                Map.entry("relay.mail-in.imap.password", MAILBOX_PASSWORD),
                Map.entry("relay.mail-in.imap.ssl", "false"),
                Map.entry("relay.mail-in.imap.poll-every", "off"));
    }

    @Override
    public void stop() {
        if (imap != null) {
            imap.stop();
            imap = null;
        }
    }

    /** The port Relay's SMTP listener took. */
    public static int smtpPort() {
        return Arc.container().instance(SmtpListener.class).get().port()
                .orElseThrow(() -> new IllegalStateException("Relay's SMTP listener is not running"));
    }

    /** One of Relay's addresses: {@code address("post")} is post@relay.test. */
    public static String address(String localPart) {
        return localPart + "@" + DOMAIN;
    }

    /** Puts a mail into the IMAP mailbox Relay polls, as its mail server would. */
    public static void intoMailbox(MimeMessage message) {
        mailbox.deliver(message);
    }

    /** How many mails the IMAP mailbox holds (not expunged). */
    public static int inMailbox() {
        try {
            return imap.getManagers().getImapHostManager().getInbox(mailbox).getMessageCount();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
