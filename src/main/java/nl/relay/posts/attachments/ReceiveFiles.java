package nl.relay.posts.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.tika.Tika;

/**
 * Checks files as they arrive (not empty, not over relay.attachments.max-size, not more than
 * relay.attachments.max-count on one post) and reads what they are: the name sanitised, the type detected from the
 * content by Apache Tika (the name only as a hint), never taken from the sender.
 */
@ApplicationScoped
public class ReceiveFiles {

    private final Tika tika = new Tika();
    private final AttachmentsConfig config;

    ReceiveFiles(AttachmentsConfig config) {
        this.config = config;
    }

    /** The file checked and typed; refused (under {@code field}) when it is empty or too large. */
    public ReceivedFile received(String field, IncomingFile file) {
        byte[] content = file.content() == null ? new byte[0] : file.content();
        String filename = FileNames.sanitised(file.filename());
        refuseSize(field, filename, content.length);
        return new ReceivedFile(filename, detect(content, filename), content.length, sha256(content), content);
    }

    /** Refuses a file of this size before it is read: empty, or over the limit. */
    public void refuseSize(String field, String filename, long size) {
        if (size <= 0) {
            throw new FileRefused(field, "\"" + FileNames.sanitised(filename) + "\" is empty");
        }
        if (size > config.maxSize()) {
            throw new FileTooLarge(field, "\"" + FileNames.sanitised(filename) + "\" is larger than "
                    + Sizes.readable(config.maxSize()) + " (" + Sizes.readable(size) + ")");
        }
    }

    /** Refuses more files than a post may carry: those it has already and those coming. */
    public void refuseCount(String field, int already, int coming) {
        if (already + coming > config.maxCount()) {
            throw new FileRefused(field, "a post carries at most " + config.maxCount() + " files"
                    + (already > 0 ? " (it has " + already + ")" : "") + "; " + coming + " were sent");
        }
    }

    /** Every file of a list checked, in order; nothing is stored when one is refused. */
    public List<ReceivedFile> received(String field, List<IncomingFile> files) {
        return files.stream().map(file -> received(field, file)).toList();
    }

    private String detect(byte[] content, String filename) {
        return MediaTypes.essence(tika.detect(content, filename));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
