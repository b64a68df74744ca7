package nl.relay.posts.attachments;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A multipart form with one file, in a part named {@code file} (a part with a file name). */
public class FileForm {

    @RestForm("file")
    @Schema(type = SchemaType.STRING, format = "binary", description = "The file; its name is kept (sanitised), its "
            + "type is detected from the content")
    public List<FileUpload> file;
}
