package nl.relay.posts.attachments;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.relay.accounts.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Files on posts: upload one ahead of its post, download one, take one off. */
@Path("/api/attachments")
@Authenticated
@Tag(name = "Posts")
public class AttachmentResource {

    static final String FIELD = "file";

    private final Caller caller;
    private final UploadFile uploadFile;
    private final OneFile oneFile;
    private final ReadableAttachments readable;
    private final AttachmentRows rows;
    private final RemoveAttachment removeAttachment;

    AttachmentResource(Caller caller, UploadFile uploadFile, OneFile oneFile, ReadableAttachments readable,
            AttachmentRows rows, RemoveAttachment removeAttachment) {
        this.caller = caller;
        this.uploadFile = uploadFile;
        this.oneFile = oneFile;
        this.readable = readable;
        this.rows = rows;
        this.removeAttachment = removeAttachment;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = FileForm.class)))
    @Operation(summary = "Upload a file for a post", description = "One file in the part named file, at most "
            + "relay.attachments.max-size (10 MiB by default), not empty. Its type is detected from the content. It "
            + "is yours and on no post until POST /api/posts names it in attachmentIds; unattached uploads are "
            + "deleted after a day. At most twice relay.attachments.max-count uploads wait at a time.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the file", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than relay.attachments.max-size, or the "
            + "upload larger than relay.attachments.max-request-size; errors names the field.")
    @APIResponse(responseCode = "415", description = "The body is not sent as multipart/form-data.")
    @APIResponse(responseCode = "422", description = "No file, more than one, an empty one, or too many waiting.")
    public Response upload(FileForm form) {
        IncomingFile file = oneFile.of(FIELD, form, "takes one file per upload");
        AttachmentView view = uploadFile.upload(caller.accountId(), FIELD, file);
        return Response.created(URI.create(view.url())).entity(view).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file", description = "Readable exactly when its post is (removed posts' files "
            + "are not); an upload not yet on a post only by its uploader. Always a download (Content-Disposition: "
            + "attachment), served as the detected type when inert (images, PDF, plain text, office documents), "
            + "else as application/octet-stream; never sniffed.")
    @APIResponse(responseCode = "200", description = "The file's bytes", headers = {
            @Header(name = "Content-Disposition", description = "attachment; filename=\"…\"; filename*=UTF-8''…", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "X-Content-Type-Options", description = "nosniff", schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") String id) {
        AttachmentRows.Stored file = readable.require(caller.accountId(), id).file();
        return Downloads.of(file.filename(), file.contentType(), rows.content(file.id()));
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @Operation(summary = "Take a file off", description = "From a post: by its author (who may edit it). An upload "
            + "not yet on a post: by its uploader.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Only the author of the post can take a file off it.")
    public void delete(@PathParam("id") String id) {
        removeAttachment.remove(caller.accountId(), id);
    }
}
