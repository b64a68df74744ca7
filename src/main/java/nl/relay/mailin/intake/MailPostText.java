package nl.relay.mailin.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.relay.mailin.reading.ReadMail;
import nl.relay.mailin.reading.ReplyText;
import nl.relay.platform.text.ControlCharacters;

/**
 * The text a mail becomes. A new post: the subject as its first line (so its #topics count), then the body.
 * A reply: only what the person wrote, without the quoted mail and signature. Addressees found in To and Cc
 * close the text as @mentions on a line of their own ("Aan: @anna @bert"), which makes them must-read exactly
 * as if they had been typed, and shows every reader whom the mail was for.
 */
final class MailPostText {

    /** "Re:", "Antw:", "Fwd:", "Doorst:" and the like in front of a subject. */
    private static final Pattern SUBJECT_PREFIXES = Pattern.compile(
            "^(?:\\s*(?:re|antw|aw|sv|fw|fwd|doorst|tr|wg)\\s*(?:\\[\\d+])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

    private MailPostText() {
    }

    static String forPost(ReadMail mail, List<String> addressees, Locale language) {
        String subject = oneLine(mail.subject());
        String body = mail.text() == null ? "" : ControlCharacters.strip(mail.text()).strip();
        String text = subject.isEmpty() ? body : body.isEmpty() ? subject : subject + "\n\n" + body;
        return withAddressees(text, addressees, language);
    }

    static String forReply(ReadMail mail, List<String> addressees, Locale language) {
        String body = ControlCharacters.strip(ReplyText.newPart(mail.text() == null ? "" : mail.text())).strip();
        return body.isEmpty() ? "" : withAddressees(body, addressees, language);
    }

    /** The subject as the answer to the sender repeats it: without Re:/Antw: prefixes. */
    static String bareSubject(String subject) {
        return SUBJECT_PREFIXES.matcher(oneLine(subject)).replaceFirst("").strip();
    }

    /**
     * A header's text as one line without control characters (a NUL, an escape code): what a mail program may
     * put in a subject is no text to store.
     */
    static String oneLine(String header) {
        return header == null ? "" : ControlCharacters.strip(header).replaceAll("\\s+", " ").strip();
    }

    private static String withAddressees(String text, List<String> addressees, Locale language) {
        if (addressees.isEmpty() || text.isEmpty()) {
            return text;
        }
        String label = "en".equals(language.getLanguage()) ? "To:" : "Aan:";
        return text + "\n\n" + label + " " + addressees.stream().map(name -> "@" + name)
                .collect(Collectors.joining(" "));
    }
}
