package nl.relay.posts.attachments;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file on a post (or an upload waiting for one) as the API lists it; its bytes are at {@code url}. */
public record AttachmentView(long id, String filename,
        @Schema(description = "The type detected from the content (never the sender's word); the download is served "
                + "as this type when it is inert (images, PDF, plain text, office documents), else as "
                + "application/octet-stream") String contentType,
        @Schema(description = "Bytes") long size,
        @Schema(description = "Where the file is downloaded: GET, readable by whoever may read the post") String url) {

    public static AttachmentView of(long id, String filename, String contentType, long size) {
        return new AttachmentView(id, filename, contentType, size, "/api/attachments/" + id);
    }

    /** The size as people read it (34 KiB), for the pages. */
    public String readableSize() {
        return Sizes.readable(size);
    }
}
