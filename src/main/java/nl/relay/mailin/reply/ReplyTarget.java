package nl.relay.mailin.reply;

/**
 * What a reply token stands for: the account the mail went to (only they may reply with it) and the post the
 * mail was about (a reply by mail goes under that post, in its thread).
 */
public record ReplyTarget(long accountId, long postId) {
}
