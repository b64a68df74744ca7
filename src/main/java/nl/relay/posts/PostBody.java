package nl.relay.posts;

/** The rule for a post's text: 1 to 5,000 characters once surrounding white space is trimmed. */
final class PostBody {

    private PostBody() {
    }

    static String checked(String body) {
        String trimmed = body == null ? "" : body.strip();
        if (looksEmpty(trimmed)) {
            throw new PostRefused(PostRefused.Reason.EMPTY, "body", "must not be empty");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > PostText.MAX_LENGTH) {
            throw new PostRefused(PostRefused.Reason.TOO_LONG, "body",
                    "must be at most " + PostText.MAX_LENGTH + " characters");
        }
        return trimmed;
    }

    /** Nothing but white space, no-break spaces and invisible format characters (zero-width space, BOM). */
    private static boolean looksEmpty(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }
}
