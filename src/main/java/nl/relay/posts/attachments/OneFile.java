package nl.relay.posts.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.relay.platform.errors.InvalidInput;

/**
 * The file of a form that takes exactly one (an upload ahead of its post, a candidate's CV): refused under its field
 * when there is none or more than one, or when it is empty or too large.
 */
@ApplicationScoped
public class OneFile {

    private final FileParts parts;

    OneFile(FileParts parts) {
        this.parts = parts;
    }

    /** The form's one file; {@code whyOne} is the refusal of more ("takes one file per upload"). */
    public IncomingFile of(String field, FileForm form, String whyOne) {
        List<IncomingFile> files = parts.read(field, form == null ? null : form.file, 0);
        if (files.size() != 1) {
            throw new InvalidInput(field, files.isEmpty()
                    ? "is required: one file in a part named file, with its file name"
                    : whyOne);
        }
        return files.get(0);
    }
}
