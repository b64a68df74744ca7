package nl.relay.posts.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the archive as NDJSON, one post per line in id order, chunk by chunk as it is read: the first lines leave
 * before the last are read, and memory holds one chunk whatever the size of the archive.
 */
@ApplicationScoped
class ArchiveLines {

    private static final byte[] NEWLINE = {'\n'};

    private final ArchiveChunks chunks;
    private final ObjectWriter writer;

    ArchiveLines(ArchiveChunks chunks, ObjectMapper mapper) {
        this.chunks = chunks;
        // The response owns the stream: writing a line must not close it.
        this.writer = mapper.writerFor(ArchivedPost.class)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    StreamingOutput of(ArchiveWindow window) {
        return output -> write(window, output);
    }

    private void write(ArchiveWindow window, OutputStream output) throws IOException {
        long last = 0;
        List<ArchivedPost> chunk;
        do {
            chunk = chunks.after(last, window);
            for (ArchivedPost post : chunk) {
                writer.writeValue(output, post);
                output.write(NEWLINE);
                last = post.id();
            }
            output.flush();
        } while (chunk.size() == chunks.size());
    }
}
