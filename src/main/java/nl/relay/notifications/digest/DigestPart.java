package nl.relay.notifications.digest;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import nl.relay.notifications.mail.MailRecipient;
import nl.relay.notifications.mail.MailSender;

/**
 * One feature's part of a digest mail: a phrase for the subject, and its HTML and plain-text sections.
 * The HTML must come from an HTML template ({@code .html}), in which Qute escapes every value it shows:
 * the digest's frame inserts it as it is, so a part that could carry unescaped text is refused here.
 */
public record DigestPart(TemplateInstance subject, TemplateInstance html, TemplateInstance text) {

    public DigestPart {
        String contentType = html.getTemplate().getVariant().map(Variant::getContentType).orElse("");
        if (!Variant.TEXT_HTML.equals(contentType)) {
            throw new IllegalArgumentException("a digest part's HTML must come from an escaping HTML template, not "
                    + html.getTemplate().getId());
        }
    }

    /** The part in the recipient's language; its HTML escaped by its own template. */
    Rendered render(MailRecipient to) {
        return new Rendered(MailSender.render(subject, to).strip(), MailSender.render(html, to),
                MailSender.render(text, to).strip());
    }

    /** A part rendered in the recipient's language, for the digest's frame. */
    public record Rendered(String subject, String escapedHtml, String text) {
    }
}
