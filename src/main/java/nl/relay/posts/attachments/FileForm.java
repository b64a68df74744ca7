package nl.relay.posts.attachments;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A multipart form with one file, in a part named {@code file} (a part with a file name). */
public class FileForm {

    @RestForm("file")
    @Schema(description = "The file, one part with its file name (more are refused); the name is kept, sanitised; the "
            + "type is detected from the content")
    public List<FileUpload> file;
}
