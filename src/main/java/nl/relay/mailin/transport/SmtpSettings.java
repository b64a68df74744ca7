package nl.relay.mailin.transport;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

/** How the SMTP listener behaves, read once from {@link MailInConfig} (and built directly by tests). */
record SmtpSettings(String domain, int port, Optional<InetAddress> bindAddress, int maxSize, int maxRecipients,
        int maxConnections, Duration connectionTimeout, boolean requireTls) {

    /** The listener's settings; fails with a clear message when the port is set but the configuration cannot work. */
    static SmtpSettings of(MailInConfig config, int port) {
        String domain = config.domain().filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        "relay.mail-in.port is set, but relay.mail-in.domain is not: set the domain Relay receives for"));
        if (config.requireTls() && (config.tlsCertificate().isEmpty() || config.tlsKey().isEmpty())) {
            throw new IllegalStateException(
                    "relay.mail-in.require-tls needs relay.mail-in.tls-certificate and relay.mail-in.tls-key");
        }
        if (config.maxSize() <= 0 || config.maxRecipients() <= 0 || config.maxConnections() <= 0) {
            throw new IllegalStateException(
                    "relay.mail-in.max-size, max-recipients and max-connections must be positive");
        }
        Optional<InetAddress> bind;
        try {
            bind = config.bindAddress().isPresent()
                    ? Optional.of(InetAddress.getByName(config.bindAddress().get()))
                    : Optional.empty();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("relay.mail-in.bind-address: unknown address " + e.getMessage(), e);
        }
        return new SmtpSettings(domain, port, bind, config.maxSize(), config.maxRecipients(), config.maxConnections(),
                config.connectionTimeout(), config.requireTls());
    }
}
