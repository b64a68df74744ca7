package nl.relay.testing;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * A real SMTP client (Jakarta Mail) sending to Relay's SMTP listener in the tests ({@link MailIn}): a raw .eml as
 * it is (its Message-ID kept), or a message built here; the envelope sender (null for a bounce, MAIL FROM:&lt;&gt;)
 * and recipients are the caller's. A refusal is thrown; {@link #replyCode} reads its SMTP code.
 */
public final class SendMail {

    private SendMail() {
    }

    /** Sends a raw mail exactly as written (line ends made CRLF on the wire, nothing else changed). */
    public static void eml(byte[] eml, String envelopeFrom, String... envelopeTo) throws MessagingException {
        Session session = session(MailIn.smtpPort(), envelopeFrom);
        send(session, new MimeMessage(session, new ByteArrayInputStream(eml)), envelopeTo);
    }

    /** Sends a message built with {@link #message} (or by the caller), its headers completed, its Message-ID kept. */
    public static void message(MimeMessage message, String envelopeFrom, String... envelopeTo)
            throws MessagingException {
        String[] messageId = message.getHeader("Message-ID");
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId[0]);
        }
        send(session(MailIn.smtpPort(), envelopeFrom), message, envelopeTo);
    }

    /** A plain-text mail from {@code from} to {@code to} with a fresh Message-ID (null: none at all). */
    public static MimeMessage message(String from, String subject, String text, String... to)
            throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {

            @Override
            protected void updateMessageID() throws MessagingException {
                if (getHeader("Message-ID") == null) {
                    setHeader("Message-ID", "<" + UUID.randomUUID() + "@sender.test>");
                }
            }
        };
        message.setFrom(new InternetAddress(from));
        for (String address : to) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address));
        }
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.saveChanges();
        return message;
    }

    /** The SMTP reply code of a refusal (550, 552, 451...), found in the exception or what it wraps; -1 if none. */
    public static int replyCode(Exception refusal) {
        for (Exception e = refusal; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof SMTPAddressFailedException address) {
                return address.getReturnCode();
            }
            if (e instanceof SMTPSendFailedException send && send.getReturnCode() > 0) {
                return send.getReturnCode();
            }
        }
        return -1;
    }

    /** A Jakarta Mail session for Relay's listener on {@code port}; the envelope sender null means {@code <>}. */
    public static Session session(int port, String envelopeFrom) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.from", envelopeFrom == null ? "<>" : envelopeFrom);
        properties.put("mail.smtp.localhost", "sender.test");
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        // Each recipient is answered on its own: a refused one does not stop the mail for the others.
        properties.put("mail.smtp.sendpartial", "true");
        return Session.getInstance(properties);
    }

    /** Sends without Transport.send's saveChanges, so the message is sent as it is (Message-ID included). */
    public static void send(Session session, MimeMessage message, String... envelopeTo) throws MessagingException {
        Address[] recipients = Arrays.stream(envelopeTo).map(SendMail::address).toArray(Address[]::new);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, recipients);
        }
    }

    private static Address address(String address) {
        try {
            return new InternetAddress(address, false);
        } catch (MessagingException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
