package nl.relay.posts.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The file parts of a multipart form (buffered to disk by the HTTP layer) read into memory, each only after its size
 * passed the check, so no file over the limit is ever read.
 */
@ApplicationScoped
public class FileParts {

    private final ReceiveFiles receive;

    FileParts(ReceiveFiles receive) {
        this.receive = receive;
    }

    /**
     * The parts as files, refused under {@code field} when there are more than a post carries (with {@code already}
     * on it) or one is too large or empty. A browser sends an empty part without a name for a file input left empty:
     * that is no file.
     */
    public List<IncomingFile> read(String field, List<FileUpload> parts, int already) {
        List<FileUpload> given = parts == null
                ? List.of()
                : parts.stream().filter(part -> !(part.size() == 0 && (part.fileName() == null
                        || part.fileName().isEmpty()))).toList();
        receive.refuseCount(field, already, given.size());
        given.forEach(part -> receive.refuseSize(field, part.fileName(), part.size()));
        List<IncomingFile> files = new ArrayList<>(given.size());
        for (FileUpload part : given) {
            try {
                files.add(new IncomingFile(part.fileName(), Files.readAllBytes(part.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException("an uploaded part could not be read back", e);
            }
        }
        return files;
    }
}
