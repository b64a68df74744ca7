package nl.relay.posts;

import nl.relay.platform.errors.InvalidInput;

/**
 * A post refused by its own rules, with the reason as a value for callers that answer each reason their own way (the
 * mail intake); over HTTP it is answered as any {@link InvalidInput}: 422 naming the field.
 */
public class PostRefused extends InvalidInput {

    /** Why a post was refused. */
    public enum Reason {
        /** Nothing to post once surrounding white space is trimmed. */
        EMPTY,
        /** Longer than a post may be. */
        TOO_LONG,
        /** The post replied to was removed, or the author may not read it. */
        NOT_REPLYABLE,
        /** The group it would go to is archived. */
        GROUP_ARCHIVED,
        /** Not a group the author may post in, or (for a reply) not the thread's group. */
        NOT_YOUR_GROUP
    }

    private final Reason reason;

    public PostRefused(Reason reason, String field, String message) {
        super(field, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
