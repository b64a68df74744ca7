package nl.relay.mailin.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;

/**
 * One SMTP mail transaction (MAIL FROM, RCPT TO..., DATA): takes only Relay's own addresses, reads the message up
 * to the size limit, and stores it before answering; SubEthaSMTP answers 250 only when {@link #data} returns, so
 * nothing is acknowledged that is not committed. A store that fails is a 451: the sender tries again later.
 */
final class MailTransaction implements MessageHandler {

    private static final Logger LOG = Logger.getLogger(MailTransaction.class);

    private final RelayAddresses addresses;
    private final int maxSize;
    private final Function<Arrival, Optional<Long>> store;
    private final String peerAddress;
    private final boolean trustedPeer;
    private String envelopeFrom;
    private final Set<String> recipients = new LinkedHashSet<>();

    MailTransaction(RelayAddresses addresses, int maxSize, Function<Arrival, Optional<Long>> store,
            String peerAddress, boolean trustedPeer) {
        this.addresses = addresses;
        this.maxSize = maxSize;
        this.store = store;
        this.peerAddress = peerAddress;
        this.trustedPeer = trustedPeer;
    }

    @Override
    public void from(String from) {
        // MAIL FROM:<> is a bounce: kept, so the intake can see it and answer nothing.
        envelopeFrom = from == null || from.isBlank() ? null : from.trim();
    }

    @Override
    public void recipient(String recipient) throws RejectException {
        switch (addresses.of(recipient)) {
            case OURS -> {
                if (!trustedPeer && addresses.needsTrustedPeer(recipient)) {
                    // Only the company's server vouches for a From at post@ and group+…@: from anywhere else the
                    // sender's own server tells them (a bounce), and Relay never answers a sender it cannot know.
                    throw new RejectException(550, "5.7.1 This address takes mail only through the company's "
                            + "mail server; send to your personal address (Relay: Settings, Posting by mail)");
                }
                recipients.add(RelayAddresses.stored(recipient));
            }
            case UNKNOWN -> throw new RejectException(550, "5.1.1 No such address here");
            case ELSEWHERE -> throw new RejectException(550, "5.7.1 Relaying denied");
        }
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
        byte[] raw = readAtMost(data, maxSize);
        if (raw == null) {
            throw new RejectException(552, "5.3.4 Message size exceeds fixed limit");
        }
        Arrival arrival = new Arrival(Arrival.SMTP, peerAddress, envelopeFrom, new ArrayList<>(recipients), raw);
        try {
            store.apply(arrival);
        } catch (RuntimeException e) {
            LOG.error("Could not store an arrived mail; the sender was told to try again later", e);
            throw new RejectException(451, "4.3.0 Temporary failure storing the message, try again later");
        }
        // The same answer for a first delivery and a repeated one: nobody learns which Message-IDs Relay holds.
        return null;
    }

    @Override
    public void done() {
        // Nothing held: the message was read into memory and stored, or not at all.
    }

    /**
     * The whole stream if it holds at most {@code max} bytes; else null, after reading (and discarding) the rest
     * so the connection stays in step; a client that sends on past twice the limit is disconnected.
     */
    static byte[] readAtMost(InputStream in, int max) throws IOException, DropConnectionException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 64 * 1024));
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > max) {
                discard(in, total, 2L * max);
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static void discard(InputStream in, long total, long ceiling) throws IOException, DropConnectionException {
        byte[] buffer = new byte[8192];
        int read;
        long seen = total;
        while ((read = in.read(buffer)) != -1) {
            seen += read;
            if (seen > ceiling) {
                throw new DropConnectionException(552, "5.3.4 Message size exceeds fixed limit");
            }
        }
    }
}
