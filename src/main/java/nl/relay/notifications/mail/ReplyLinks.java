package nl.relay.notifications.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.relay.mailin.reply.ReplyTokens;

/** The "reply by mail" links of a digest's posts; none while Relay receives no mail (no mail-in domain). */
@ApplicationScoped
public class ReplyLinks {

    private static final int SUBJECT = 80;

    private final ReplyTokens tokens;

    ReplyLinks(ReplyTokens tokens) {
        this.tokens = tokens;
    }

    /** The link for replying to the post as this account, with "Re: " and the post's first line as subject. */
    public Optional<ReplyLink> to(long accountId, long postId, String postBody) {
        return tokens.addressFor(accountId, postId).map(address -> new ReplyLink(address,
                "mailto:" + address + "?subject=" + encode("Re: " + firstLine(postBody))));
    }

    /** The post's first line that is not blank, at most 80 characters: a subject for it. */
    public static String firstLine(String body) {
        if (body == null) {
            return "";
        }
        String line = body.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return line.length() > SUBJECT ? line.substring(0, SUBJECT - 1).strip() + "…" : line;
    }

    /** Percent-encoded as a URI wants it: a space is %20 (a "+" would stay a plus in a mailto: subject). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
