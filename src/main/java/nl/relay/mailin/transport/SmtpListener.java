package nl.relay.mailin.transport;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import javax.net.ssl.SSLContext;
import org.jboss.logging.Logger;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Relay's SMTP listener: started with the application when relay.mail-in.port is set, stopped at shutdown. Every
 * accepted mail is stored through {@link InboundMails} before the sender hears 250.
 */
@ApplicationScoped
public class SmtpListener {

    private static final Logger LOG = Logger.getLogger(SmtpListener.class);

    private final MailInConfig config;
    private final InboundMails inboundMails;
    private final Vertx vertx;
    private final TrustedHosts trusted;
    private SMTPServer server;

    SmtpListener(MailInConfig config, InboundMails inboundMails, Vertx vertx, TrustedHosts trusted) {
        this.config = config;
        this.inboundMails = inboundMails;
        this.vertx = vertx;
        this.trusted = trusted;
    }

    void onStart(@Observes StartupEvent event) {
        config.port().ifPresent(this::start);
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** The port the listener took (the free one it was given when configured as 0); empty when it is off. */
    public synchronized OptionalInt port() {
        if (server == null || !server.isRunning()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(server.getPort() == 0 ? server.getPortAllocated() : server.getPort());
    }

    private synchronized void start(int port) {
        SmtpSettings settings = SmtpSettings.of(config, port);
        server = SmtpServers.build(settings, tls(), trusted, inboundMails::record);
        server.start();
        LOG.infof("Receiving mail for %s by SMTP on port %d%s", settings.domain(), port().orElse(port),
                server.getEnableTLS() ? (settings.requireTls() ? " (STARTTLS required)" : " (STARTTLS offered)") : "");
    }

    private synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private Optional<SSLContext> tls() {
        if (config.tlsCertificate().isEmpty() && config.tlsKey().isEmpty()) {
            return Optional.empty();
        }
        if (config.tlsCertificate().isEmpty() || config.tlsKey().isEmpty()) {
            throw new IllegalStateException("relay.mail-in.tls-certificate and relay.mail-in.tls-key go together");
        }
        return Optional.of(PemTls.context(Path.of(config.tlsCertificate().get()), Path.of(config.tlsKey().get()),
                vertx));
    }
}
