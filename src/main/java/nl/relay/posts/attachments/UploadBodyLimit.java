package nl.relay.posts.attachments;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;
import nl.relay.platform.errors.MalformedRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before a byte of it is read, a multipart body (a form with files) over relay.attachments.max-request-size
 * by its declared length, with a 413 problem naming the file field. Other bodies keep their 1 MiB
 * (nl.relay.platform.http.RequestParameterCheck); a body sent without a length is cut off by
 * quarkus.http.limits.max-body-size.
 */
public class UploadBodyLimit {

    private final AttachmentsConfig config;

    UploadBodyLimit(AttachmentsConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseLargeUploads(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length == null || !isMultipart(request)) {
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequest("The Content-Length header is not a number.");
        }
        if (declared > config.maxRequestSize()) {
            throw new FileTooLarge(AttachmentResource.FIELD, "the upload is larger than "
                    + Sizes.readable(config.maxRequestSize()) + " (" + Sizes.readable(declared) + "); each file may be "
                    + Sizes.readable(config.maxSize()) + ": send fewer files at a time");
        }
    }

    public static boolean isMultipart(ContainerRequestContext request) {
        String type = request.getHeaderString("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }
}
