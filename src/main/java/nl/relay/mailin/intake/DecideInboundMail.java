package nl.relay.mailin.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.relay.mailin.GatewayAddress;
import nl.relay.mailin.reading.MailAttachment;
import nl.relay.mailin.reading.MailReader;
import nl.relay.mailin.reading.ReadMail;
import nl.relay.mailin.reading.UnreadableMail;
import nl.relay.mailin.transport.InboundMail;
import nl.relay.mailin.transport.MailInConfig;
import nl.relay.posts.NewPost;
import nl.relay.posts.PostKind;
import nl.relay.posts.PostText;
import nl.relay.posts.attachments.IncomingFile;

/**
 * Decides what one mail comes to, without writing anything: read it, drop what could start a loop, find the
 * address it was taken at and who sent it, and make the post's text, addressees and attachments.
 */
@ApplicationScoped
class DecideInboundMail {

    private final MailInConfig config;
    private final IdentifySender identify;
    private final Addressees addressees;
    private final GroupByAddress groups;
    private final EarlierMail earlier;

    DecideInboundMail(MailInConfig config, IdentifySender identify, Addressees addressees, GroupByAddress groups,
            EarlierMail earlier) {
        this.config = config;
        this.identify = identify;
        this.addressees = addressees;
        this.groups = groups;
        this.earlier = earlier;
    }

    Decision decide(InboundMail mail) {
        if (mail.envelopeFrom() == null) {
            return new Decision.Ignore("bounce");
        }
        ReadMail read;
        try {
            read = MailReader.read(mail.raw(), mail.envelopeFrom());
        } catch (UnreadableMail e) {
            return refuseUnread(mail);
        }
        if (read.loopSign().isPresent()) {
            return new Decision.Ignore(read.loopSign().get().name().toLowerCase(Locale.ROOT));
        }
        String domain = config.domain().orElse("");
        Optional<GatewayAddress> address = mail.envelopeTo().stream()
                .flatMap(to -> GatewayAddress.of(to, domain).stream())
                .min(Comparator.comparingInt(GatewayAddress::precedence));
        if (address.isEmpty() && "imap".equals(mail.via())) {
            // In the polled mailbox without any of our addresses in sight (sent Bcc): the mailbox is post@.
            address = Optional.of(new GatewayAddress.Post());
        }
        if (address.isEmpty() || GatewayAddress.atDomain(read.from().address(), domain)) {
            return new Decision.Ignore("not-for-the-gateway");
        }
        IdentifySender.Identity identity = identify.identify(mail, read, address.get());
        Locale language = identity.sender().map(s -> localeOf(s.language(), read)).orElse(read.language());
        Decision.Answer answer = new Decision.Answer(answerAddress(mail, read),
                read.from().name() == null ? null : MailPostText.oneLine(read.from().name()), language,
                MailPostText.bareSubject(read.subject()));
        if (mail.tooLarge()) {
            return new Decision.Refuse(Refusal.TOO_LARGE, answer);
        }
        if (identity.refusal() != null) {
            // Whoever sent it is unknown: the answer repeats nothing of the mail (no subject, no name), so a
            // forged sender address gets no text of the forger's through Relay.
            return new Decision.Refuse(identity.refusal(),
                    new Decision.Answer(answer.to(), null, answer.locale(), ""));
        }
        Sender sender = identity.sender().orElseThrow();
        Long groupId = null;
        if (address.get() instanceof GatewayAddress.ToGroup toGroup) {
            GroupByAddress.Found group = groups.find(toGroup.key(), sender.accountId());
            if (group.refusal() != null) {
                return new Decision.Refuse(group.refusal(), answer);
            }
            groupId = group.groupId();
        }
        Addressees.Found found = addressees.of(read, domain, sender);
        Long inReplyTo = identity.inReplyTo();
        String text;
        if (inReplyTo != null) {
            text = MailPostText.forReply(read, found.usernames(), language);
        } else if ((inReplyTo = earlier.postAnswered(read.inReplyTo()).orElse(null)) != null) {
            // A reply-all to a mail that became a post: its addressees are in that thread already.
            text = MailPostText.forReply(read, List.of(), language);
            found = new Addressees.Found(List.of(), List.of());
        } else {
            text = MailPostText.forPost(read, found.usernames(), language);
        }
        boolean reply = inReplyTo != null;
        if (text.isBlank()) {
            return new Decision.Refuse(Refusal.EMPTY, answer);
        }
        if (text.codePointCount(0, text.length()) > PostText.MAX_LENGTH) {
            return new Decision.Refuse(Refusal.TOO_LONG, answer);
        }
        NewPost post = new NewPost(text, PostKind.NOTE, reply ? null : groupId, null, null, inReplyTo);
        return new Decision.Publish(sender.accountId(), post, files(read.attachments()), found.unknown(), answer);
    }

    /** A mail too broken to read still gets an answer, if it says where from. */
    private Decision refuseUnread(InboundMail mail) {
        return new Decision.Refuse(Refusal.UNREADABLE,
                new Decision.Answer(mail.envelopeFrom(), null, Locale.forLanguageTag("nl"), ""));
    }

    /** Answers go where bounces go (the envelope sender, RFC 3834), else to the From address. */
    private static String answerAddress(InboundMail mail, ReadMail read) {
        return mail.envelopeFrom() != null ? mail.envelopeFrom() : read.from().address();
    }

    private static Locale localeOf(String accountLanguage, ReadMail read) {
        return accountLanguage == null ? read.language() : Locale.forLanguageTag(accountLanguage);
    }

    private static List<IncomingFile> files(List<MailAttachment> attachments) {
        // An empty file carries nothing: it is left out rather than refusing the whole mail for it.
        return attachments.stream().filter(a -> a.content().length > 0)
                .map(a -> new IncomingFile(a.filename(), a.content())).toList();
    }
}
