package nl.relay.mailin;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import java.util.UUID;

/** Builds mails as a mail client would write them, for the intake tests: From, To, Cc, subject and text. */
public final class InboundMailFixture {

    private final MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    private String messageId = "<" + UUID.randomUUID() + "@bureau.nl>";

    private InboundMailFixture(String from) {
        try {
            message.setFrom(new InternetAddress(from));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static InboundMailFixture from(String address) {
        return new InboundMailFixture(address);
    }

    public InboundMailFixture to(String... addresses) {
        return recipients(Message.RecipientType.TO, addresses);
    }

    public InboundMailFixture cc(String... addresses) {
        return recipients(Message.RecipientType.CC, addresses);
    }

    public InboundMailFixture subject(String subject) {
        try {
            message.setSubject(subject, "UTF-8");
            return this;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public InboundMailFixture text(String text) {
        try {
            message.setText(text, "UTF-8");
            return this;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public InboundMailFixture messageId(String id) {
        this.messageId = id;
        return this;
    }

    public InboundMailFixture header(String name, String value) {
        try {
            message.setHeader(name, value);
            return this;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] raw() {
        try {
            message.saveChanges();
            // saveChanges makes a Message-ID of its own; the mail keeps the one it was given
            message.setHeader("Message-ID", messageId);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private InboundMailFixture recipients(Message.RecipientType type, String... addresses) {
        try {
            for (String address : addresses) {
                message.addRecipient(type, new InternetAddress(address));
            }
            return this;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
