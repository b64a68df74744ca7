package nl.relay.posts.attachments;

import nl.relay.platform.errors.InvalidInput;

/**
 * A file (or an upload) over the size limit: answered 413, with the field it came in, and still an
 * {@link InvalidInput} for callers that refuse every invalid file alike (the mail intake).
 */
public class FileTooLarge extends InvalidInput {

    public FileTooLarge(String field, String message) {
        super(field, message);
    }

    @Override
    public int status() {
        return 413;
    }
}
