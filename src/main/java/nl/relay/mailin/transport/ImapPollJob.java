package nl.relay.mailin.transport;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.jboss.logging.Logger;

/**
 * The IMAP alternative to the SMTP listener: every relay.mail-in.imap.poll-every, once across instances, fetches the
 * unseen mail of the mailbox, stores each (committed), and only then marks it seen and deleted and expunges it. A
 * crash in between fetches it again; the Message-ID makes that second delivery a no-op.
 */
@ApplicationScoped
public class ImapPollJob {

    private static final Logger LOG = Logger.getLogger(ImapPollJob.class);

    /** The advisory lock that lets one instance poll at a time (73401 and the number). */
    private static final long POLL_LOCK = 7340118;

    /** At most this many mails per poll, so one poll stays short; the rest come next time. */
    private static final int BATCH = 100;

    private static final int TIMEOUT_MS = 30_000;

    /** The headers that name the mail's recipients at Relay's domain. */
    private static final List<String> RECIPIENT_HEADERS = List.of("Delivered-To", "To", "Cc");

    /** What one poll did; {@code ran} is false when another instance was polling. */
    public record Outcome(boolean ran, int stored, int duplicates, int tooLarge) {
    }

    private final MailInConfig config;
    private final InboundMails inboundMails;
    private final EntityManager entityManager;

    ImapPollJob(MailInConfig config, InboundMails inboundMails, EntityManager entityManager) {
        this.config = config;
        this.inboundMails = inboundMails;
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.imap().host().isPresent() && config.domain().filter(value -> !value.isBlank()).isEmpty()) {
            throw new IllegalStateException("relay.mail-in.imap.host is set, but relay.mail-in.domain is not: set "
                    + "the domain of Relay's addresses (post@, group+…@, reply+…@) the mailbox receives");
        }
    }

    @Scheduled(every = "${relay.mail-in.imap.poll-every:PT1M}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (config.imap().host().isEmpty()) {
            return;
        }
        try {
            Outcome outcome = poll();
            if (outcome.stored() > 0 || outcome.tooLarge() > 0) {
                LOG.infof(
                        "Fetched %d mails by IMAP (%d already there, %d too large: only their header kept, to answer)",
                        outcome.stored(), outcome.duplicates(), outcome.tooLarge());
            }
        } catch (MessagingException | IOException e) {
            LOG.warnf("Could not poll the IMAP mailbox %s: %s", config.imap().host().get(), e.getMessage());
        }
    }

    /**
     * One poll, now. Holds the advisory lock (in a transaction of its own) while fetching; each mail is stored in a
     * transaction of its own, committed before it is marked in the mailbox.
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Outcome poll() throws MessagingException, IOException {
        MailInConfig.Imap imap = config.imap();
        String host = imap.host().orElseThrow(() -> new IllegalStateException("relay.mail-in.imap.host is not set"));
        String domain = config.domain().filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                "relay.mail-in.imap.host is set, but relay.mail-in.domain is not"));
        boolean mine = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, POLL_LOCK).getSingleResult();
        if (!mine) {
            return new Outcome(false, 0, 0, 0);
        }
        RelayAddresses addresses = new RelayAddresses(domain);
        String protocol = imap.ssl() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".peek", "true");
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MS));
        properties.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MS));
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(host, imap.port().orElse(-1), imap.username().orElse(null), imap.password().orElse(null));
        try {
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
                return fetch(folder, addresses);
            } finally {
                folder.close(true);
            }
        } finally {
            store.close();
        }
    }

    private Outcome fetch(Folder folder, RelayAddresses addresses) throws MessagingException, IOException {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        int stored = 0;
        int duplicates = 0;
        int tooLarge = 0;
        for (Message message : Arrays.copyOf(unseen, Math.min(unseen.length, BATCH))) {
            byte[] raw = raw(message);
            if (raw == null) {
                // Never read into memory whole: its header is kept, so the intake tells the sender to send it
                // smaller; then it goes from the mailbox like any other.
                inboundMails.record(Arrival.headerOnly(Arrival.IMAP, envelopeFrom(message),
                        recipients(message, addresses), header(message), message.getSize()));
                Flags done = new Flags(Flags.Flag.SEEN);
                done.add(Flags.Flag.DELETED);
                message.setFlags(done, true);
                tooLarge++;
                continue;
            }
            Arrival arrival = new Arrival(Arrival.IMAP, null, envelopeFrom(message), recipients(message, addresses),
                    raw);
            if (inboundMails.record(arrival).isPresent()) {
                stored++;
            } else {
                duplicates++;
            }
            Flags done = new Flags(Flags.Flag.SEEN);
            done.add(Flags.Flag.DELETED);
            message.setFlags(done, true);
        }
        return new Outcome(true, stored, duplicates, tooLarge);
    }

    /**
     * The header of a message as the server holds it, with the blank line that ends it, but without what describes
     * the body that is not there (Content-Type, Content-Transfer-Encoding): it reads as a mail without text.
     */
    private static byte[] header(Message message) throws MessagingException {
        StringBuilder header = new StringBuilder();
        java.util.Enumeration<String> lines = ((IMAPMessage) message).getAllHeaderLines();
        while (lines.hasMoreElements()) {
            String line = lines.nextElement();
            String name = line.substring(0, Math.max(0, line.indexOf(':'))).strip().toLowerCase(java.util.Locale.ROOT);
            if (!name.equals("content-type") && !name.equals("content-transfer-encoding")) {
                header.append(line).append("\r\n");
            }
        }
        return header.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The message as the server holds it, or null when it is larger than relay.mail-in.max-size. */
    private byte[] raw(Message message) throws MessagingException, IOException {
        int max = config.maxSize();
        if (message.getSize() > max) {
            return null;
        }
        try (InputStream in = ((IMAPMessage) message).getMimeStream()) {
            byte[] raw = in.readNBytes(max + 1);
            return raw.length > max ? null : raw;
        }
    }

    /**
     * The envelope sender the delivering server wrote into Return-Path (null for {@code <>}, a bounce); without a
     * Return-Path, the From address, so a mail is never mistaken for a bounce for lack of the header.
     */
    static String envelopeFrom(Message message) throws MessagingException {
        String[] returnPath = message.getHeader("Return-Path");
        if (returnPath != null && returnPath.length > 0) {
            String value = returnPath[0].trim();
            if (value.startsWith("<") && value.endsWith(">")) {
                value = value.substring(1, value.length() - 1).trim();
            }
            return value.isEmpty() ? null : value;
        }
        try {
            return Optional.ofNullable(message.getFrom()).filter(from -> from.length > 0)
                    .map(from -> from[0] instanceof InternetAddress address ? address.getAddress() : null)
                    .orElse(null);
        } catch (AddressException e) {
            return null;
        }
    }

    /** Relay's addresses among Delivered-To, To and Cc (lower-case, once each); others are not Relay's. */
    static List<String> recipients(Message message, RelayAddresses addresses) throws MessagingException {
        Set<String> found = new LinkedHashSet<>();
        for (String header : RECIPIENT_HEADERS) {
            String[] values = message.getHeader(header);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                InternetAddress[] parsed;
                try {
                    parsed = InternetAddress.parseHeader(value, false);
                } catch (AddressException e) {
                    continue;
                }
                for (InternetAddress address : parsed) {
                    if (address.getAddress() != null
                            && addresses.of(address.getAddress()) == RelayAddresses.Verdict.OURS) {
                        found.add(RelayAddresses.stored(address.getAddress()));
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
