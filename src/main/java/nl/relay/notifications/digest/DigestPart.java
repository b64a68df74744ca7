package nl.relay.notifications.digest;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import java.util.List;
import nl.relay.notifications.mail.MailRecipient;
import nl.relay.notifications.mail.MailSender;

/**
 * One feature's part of a digest mail: a phrase for the subject, its HTML and plain-text sections, and the posts
 * it tells about (a digest about one thread only gets a Reply-To). The HTML must come from an HTML template
 * ({@code .html}), in which Qute escapes every value it shows: the digest's frame inserts it as it is, so a part
 * that could carry unescaped text is refused here.
 */
public record DigestPart(TemplateInstance subject, TemplateInstance html, TemplateInstance text, List<Long> posts) {

    /** A part that tells about no post. */
    public DigestPart(TemplateInstance subject, TemplateInstance html, TemplateInstance text) {
        this(subject, html, text, List.of());
    }

    public DigestPart {
        posts = List.copyOf(posts);
        String contentType = html.getTemplate().getVariant().map(Variant::getContentType).orElse("");
        if (!Variant.TEXT_HTML.equals(contentType)) {
            throw new IllegalArgumentException("a digest part's HTML must come from an escaping HTML template, not "
                    + html.getTemplate().getId());
        }
    }

    /**
     * The part in the recipient's language. Its HTML was escaped by its own template (the constructor checked that
     * it is one), so it is handed to the frame as HTML already safe: a {@link RawString}, which Qute does not escape
     * again. This is the one place such a value is made.
     */
    Rendered render(MailRecipient to) {
        return new Rendered(MailSender.render(subject, to).strip(), new RawString(MailSender.render(html, to)),
                MailSender.render(text, to).strip(), posts);
    }

    /** A part rendered in the recipient's language, for the digest's frame; {@code html} made only by render. */
    public record Rendered(String subject, RawString html, String text, List<Long> posts) {
    }
}
