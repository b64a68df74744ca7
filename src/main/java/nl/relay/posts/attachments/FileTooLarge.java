package nl.relay.posts.attachments;

/**
 * A file (or an upload) over the size limit: answered 413, with the field it came in, and still a
 * {@link FileRefused} for callers that refuse every invalid file alike (the mail intake).
 */
public class FileTooLarge extends FileRefused {

    public FileTooLarge(String field, String message) {
        super(field, message);
    }

    @Override
    public int status() {
        return 413;
    }
}
