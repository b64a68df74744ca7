package nl.relay.posts;

import nl.relay.platform.InvalidInput;

/** The rule for a post's text: 1 to 5,000 characters once surrounding white space is trimmed. */
final class PostBody {

    private PostBody() {
    }

    static String checked(String body) {
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInput("body", "must not be empty");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > PostText.MAX_LENGTH) {
            throw new InvalidInput("body", "must be at most " + PostText.MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
