package nl.relay.notifications.digest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import nl.relay.notifications.mail.MailSender;

/**
 * The digest mail's templates: the frame around every section's part, and the part of notifications;
 * rendered in the recipient's language by {@link MailSender}.
 */
@CheckedTemplate(basePath = "emails")
final class DigestTemplates {

    private DigestTemplates() {
    }

    static native TemplateInstance digestSubject(List<DigestPart.Rendered> parts);

    static native TemplateInstance digestHtml(String recipientName, List<DigestPart.Rendered> parts,
            String link, String settingsLink);

    static native TemplateInstance digestText(String recipientName, List<DigestPart.Rendered> parts,
            String link, String settingsLink);

    static native TemplateInstance newsDigestSubject(int unread);

    static native TemplateInstance newsDigestHtml(List<DigestNews> notifications, List<DigestThread> threads);

    static native TemplateInstance newsDigestText(List<DigestNews> notifications, List<DigestThread> threads);
}
