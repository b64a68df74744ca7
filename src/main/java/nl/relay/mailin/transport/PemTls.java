package nl.relay.mailin.transport;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.PemKeyCertOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.subethamail.smtp.server.SSLSocketCreator;

/** The TLS that STARTTLS switches to: Relay's certificate chain and key, read from PEM files (through Vert.x). */
final class PemTls {

    private PemTls() {
    }

    /** A server TLS context from the PEM files; fails with a clear message when they cannot be read. */
    static SSLContext context(Path certificate, Path key, Vertx vertx) {
        try {
            PemKeyCertOptions pem = new PemKeyCertOptions()
                    .setCertValue(Buffer.buffer(Files.readAllBytes(certificate)))
                    .setKeyValue(Buffer.buffer(Files.readAllBytes(key)));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(pem.getKeyManagerFactory(vertx).getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new IllegalStateException("relay.mail-in.tls-certificate/tls-key: cannot read " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("relay.mail-in.tls-certificate/tls-key: not a PEM certificate chain and "
                    + "its private key (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Turns an SMTP connection into a TLS one, Relay being the server. Unlike SubEthaSMTP's own, it looks up no
     * host name of the peer.
     */
    static SSLSocketCreator startTls(SSLContext context) {
        return socket -> {
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket,
                    socket.getInetAddress().getHostAddress(), socket.getPort(), true);
            tls.setUseClientMode(false);
            return tls;
        };
    }
}
