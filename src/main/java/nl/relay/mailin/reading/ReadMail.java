package nl.relay.mailin.reading;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A raw mail as Relay understands it: who sent it to whom, its subject and text, its files and whether it may be answered.
 *
 * @param messageId the Message-ID without angle brackets, null when absent
 * @param inReplyTo the ids of In-Reply-To, then those of References, without angle brackets
 * @param replyTo null when absent
 * @param subject decoded, "" when none
 * @param text the whole body as plain text
 * @param html whether the text was converted from HTML
 * @param authenticationResults the raw values of the Authentication-Results headers
 * @param language guessed: Dutch or English
 */
public record ReadMail(
        String messageId,
        List<String> inReplyTo,
        MailAddress from,
        MailAddress replyTo,
        List<MailAddress> to,
        List<MailAddress> cc,
        String subject,
        String text,
        boolean html,
        List<MailAttachment> attachments,
        Optional<LoopSign> loopSign,
        List<String> authenticationResults,
        Locale language) {
}
