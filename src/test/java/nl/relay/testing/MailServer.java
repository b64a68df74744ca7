package nl.relay.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail) for every @QuarkusTest, on a free port. Tests read what
 * arrived, and can take the server down and bring it back on the same port.
 */
@QuarkusTestResource(MailServer.class)
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;
    private static int port;

    @Override
    public Map<String, String> start() {
        port = freePort();
        up();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        down();
    }

    public static synchronized void up() {
        if (server == null) {
            GreenMail starting = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            starting.start();
            server = starting;
        }
    }

    public static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The port the mail server listens on (also while it is down). */
    public static synchronized int port() {
        return port;
    }

    /** Every message received so far for this address. */
    public static synchronized List<MimeMessage> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address the test accounts get (see {@link People}). */
    public static String addressOf(Person person) {
        return person.username() + "@example.nl";
    }

    /** The whole message as sent, with quoted-printable soft breaks and the escapes checks look for undone. */
    public static String raw(jakarta.mail.internet.MimeMessage mail) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        mail.writeTo(out);
        String encoded = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        return encoded.replace("=\r\n", "").replace("=3D", "=").replace("=26", "&").replace("=3C", "<")
                .replace("=3E", ">");
    }
}
