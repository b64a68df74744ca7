package nl.relay.notifications;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/**
 * The email templates of notifications and of the digest around every section's part; rendered in the
 * recipient's language by {@link MailSender}.
 */
@CheckedTemplate(basePath = "emails")
final class EmailTemplates {

    private EmailTemplates() {
    }

    static native TemplateInstance notificationSubject(MailContent mail);

    static native TemplateInstance notificationHtml(MailContent mail);

    static native TemplateInstance notificationText(MailContent mail);

    static native TemplateInstance digestSubject(List<SendDigest.RenderedPart> parts);

    static native TemplateInstance digestHtml(String recipientName, List<SendDigest.RenderedPart> parts,
            String link, String settingsLink);

    static native TemplateInstance digestText(String recipientName, List<SendDigest.RenderedPart> parts,
            String link, String settingsLink);

    static native TemplateInstance newsDigestSubject(int unread);

    static native TemplateInstance newsDigestHtml(List<MailContent> notifications, List<DigestThread> threads);

    static native TemplateInstance newsDigestText(List<MailContent> notifications, List<DigestThread> threads);
}
