package nl.relay.posts.attachments;

import nl.relay.platform.errors.InvalidInput;

/**
 * A file refused by the rules for files (empty, too large, too many on one post), so that callers that refuse every
 * invalid file alike (the mail intake) can tell it from other invalid input; answered 422 naming the field.
 */
public class FileRefused extends InvalidInput {

    public FileRefused(String field, String message) {
        super(field, message);
    }
}
