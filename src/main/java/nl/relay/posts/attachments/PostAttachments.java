package nl.relay.posts.attachments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The files of posts, read with the posts themselves: a column for the query that reads a page of posts (so a page
 * costs no query more however many posts and files it has), and that column read back into views. A removed post
 * lists none.
 */
@ApplicationScoped
public class PostAttachments {

    private static final TypeReference<List<Listed>> LISTED = new TypeReference<>() {
    };

    private final ObjectMapper json;

    PostAttachments(ObjectMapper json) {
        this.json = json;
    }

    /** A select-list expression: the files of the post under {@code alias}, as a JSON array (text), oldest first. */
    public String column(String alias, String name) {
        return "(select cast(json_agg(json_build_object('id', pa.id, 'filename', pa.filename, 'contentType', "
                + "pa.content_type, 'size', pa.size_bytes) order by pa.id) as text) from post_attachment pa where "
                + "pa.post_id = " + alias + ".id and not " + alias + ".deleted) as " + name;
    }

    /** The files the column listed. */
    public List<AttachmentView> read(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        try {
            return json.readValue(column, LISTED).stream()
                    .map(file -> AttachmentView.of(file.id(), file.filename(), file.contentType(), file.size()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database's JSON of a post's files could not be read", e);
        }
    }

    private record Listed(long id, String filename, String contentType, long size) {
    }
}
