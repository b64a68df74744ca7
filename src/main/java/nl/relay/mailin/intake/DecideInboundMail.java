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
import nl.relay.posts.attachments.IncomingFile;

/**
 * Decides what one mail comes to, without writing anything: read it, drop what could start a loop, find the
 * address it was taken at and who sent it, and make the post's text, addressees and attachments.
 */
@ApplicationScoped
class DecideInboundMail {

    /** A post's longest text, as the web and API allow (PostText.MAX_LENGTH). */
    private static final int MAX_LENGTH = 5_000;

    private final MailInConfig config;
    private final IdentifySender identify;
    private final Addressees addressees;
    private final GroupByAddress groups;

    DecideInboundMail(MailInConfig config, IdentifySender identify, Addressees addressees, GroupByAddress groups) {
        this.config = config;
        this.identify = identify;
        this.addressees = addressees;
        this.groups = groups;
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
        Decision.Answer answer = new Decision.Answer(answerAddress(mail, read), read.from().name(), language,
                MailPostText.bareSubject(read.subject()));
        if (identity.refusal() != null) {
            return new Decision.Refuse(identity.refusal(), answer);
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
        boolean reply = identity.inReplyTo() != null;
        String text = reply
                ? MailPostText.forReply(read, found.usernames(), language)
                : MailPostText.forPost(read, found.usernames(), language);
        if (text.isBlank()) {
            return new Decision.Refuse(Refusal.EMPTY, answer);
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return new Decision.Refuse(Refusal.TOO_LONG, answer);
        }
        NewPost post = new NewPost(text, PostKind.NOTE, reply ? null : groupId, null, null, identity.inReplyTo());
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
        return attachments.stream().map(a -> new IncomingFile(a.filename(), a.content())).toList();
    }
}
