package nl.relay.mailin.transport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** How mail reaches Relay: the SMTP listener, the IMAP mailbox alternative, and how long what arrived is kept. */
@ConfigMapping(prefix = "relay.mail-in")
public interface MailInConfig {

    /** The port Relay's SMTP listener takes (25, or 2525 behind a firewall rule; 0 = any free port); unset = off. */
    Optional<Integer> port();

    /** The address the SMTP listener binds to; unset = every interface. */
    Optional<String> bindAddress();

    /**
     * The mail domain Relay receives for (post@, post+secret@, group+x@, reply+token@ at it); unset = no mail
     * addresses are handed out or accepted.
     */
    Optional<String> domain();

    /** The largest mail accepted, in bytes (advertised as SIZE, enforced while receiving). */
    @WithDefault("26214400")
    int maxSize();

    /** The most recipients one mail may have at Relay's domain. */
    @WithDefault("50")
    int maxRecipients();

    /** The most SMTP connections served at once; more wait or are refused. */
    @WithDefault("50")
    int maxConnections();

    /** How long an SMTP connection may sit idle before Relay closes it, ISO-8601. */
    @WithDefault("PT1M")
    Duration connectionTimeout();

    /**
     * The company mail servers whose word about the sender is trusted: IP addresses or CIDR ranges
     * (192.0.2.10, 198.51.100.0/24, 2001:db8::/32).
     */
    Optional<List<String>> trustedHosts();

    /** The authserv-id of the trusted server's Authentication-Results header that must say the sender passed. */
    Optional<String> authservId();

    /** The PEM certificate chain offered with STARTTLS; with tls-key set, STARTTLS is advertised. */
    Optional<String> tlsCertificate();

    /** The PEM private key of tls-certificate (PKCS#8, PKCS#1 RSA or SEC1 EC). */
    Optional<String> tlsKey();

    /** Refuse mail over a connection that did not start TLS (needs tls-certificate and tls-key). */
    @WithDefault("false")
    boolean requireTls();

    /** How long an arrived mail's row is kept (its raw bytes go once handled, or after this if never handled). */
    @WithDefault("P30D")
    Period keep();

    /** How often the purge of old arrived mail runs ("off" stops it; the tests run it themselves). */
    @WithDefault("1h")
    String purgeEvery();

    /** The IMAP mailbox Relay polls instead of (or next to) listening for SMTP. */
    Imap imap();

    /** An IMAP mailbox Relay polls; off while host is unset. */
    interface Imap {

        /** The IMAP server; unset = no polling. */
        Optional<String> host();

        /** The IMAP port; unset = 993 with ssl, 143 without. */
        Optional<Integer> port();

        /** The mailbox's user name. */
        Optional<String> username();

        /** The mailbox's password (from the environment, never from git). */
        Optional<String> password();

        /** The folder whose unseen mail is fetched. */
        @WithDefault("INBOX")
        String folder();

        /** IMAP over TLS (imaps). */
        @WithDefault("true")
        boolean ssl();

        /** How often the mailbox is polled ("off" stops polling; the tests poll themselves). */
        @WithDefault("PT1M")
        String pollEvery();
    }
}
