package nl.relay.mailin.transport;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Builds Relay's SMTP server (SubEthaSMTP): Relay's addresses only, SIZE advertised and enforced, a cap on
 * recipients and connections, idle connections closed, STARTTLS when a TLS context is given.
 */
final class SmtpServers {

    private SmtpServers() {
    }

    /** A server, not started, that hands each accepted mail to {@code store} before answering 250. */
    static SMTPServer build(SmtpSettings settings, Optional<SSLContext> tls, TrustedHosts trusted,
            Function<Arrival, Optional<Long>> store) {
        RelayAddresses addresses = new RelayAddresses(settings.domain());
        SMTPServer.Builder builder = SMTPServer.port(settings.port())
                .bindAddress(settings.bindAddress())
                .hostName(settings.domain())
                .softwareName("Relay")
                .serverThreadName("relay-smtp")
                .messageHandlerFactory(context -> {
                    String peer = peerAddress(context.getRemoteAddress());
                    return new MailTransaction(addresses, settings.maxSize(), store, peer, trusted.isTrusted(peer));
                })
                .maxMessageSize(settings.maxSize())
                .maxRecipients(settings.maxRecipients())
                .maxConnections(settings.maxConnections())
                .connectionTimeout((int) settings.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // The raw bytes stay as sent; the peer is kept in its own column, with no reverse DNS lookup.
                .insertReceivedHeaders(false);
        tls.ifPresent(context -> builder.enableTLS().requireTLS(settings.requireTls())
                .startTlsSocketFactory(PemTls.startTls(context)));
        return builder.build();
    }

    /** The peer's IP address as text (never a looked-up name). */
    static String peerAddress(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return address == null ? null : address.toString();
    }
}
