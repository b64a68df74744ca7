package nl.relay.recruitment.candidates;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.relay.accounts.Caller;
import nl.relay.posts.attachments.Downloads;
import nl.relay.posts.attachments.FileForm;
import nl.relay.posts.attachments.IncomingFile;
import nl.relay.posts.attachments.OneFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The CV of the person behind a candidate: personal data, for those who may read the person. */
@Path("/api/candidates/{id}/cv")
@Authenticated
@Tag(name = "Recruitment")
public class CandidateCvResource {

    private final Caller caller;
    private final StoreCv storeCv;
    private final ReadCv readCv;
    private final OneFile oneFile;

    CandidateCvResource(Caller caller, StoreCv storeCv, ReadCv readCv, OneFile oneFile) {
        this.caller = caller;
        this.storeCv = storeCv;
        this.readCv = readCv;
        this.oneFile = oneFile;
    }

    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = FileForm.class)))
    @Operation(summary = "Store the person's CV", description = "Owner only. One file in the part named file, at most "
            + "relay.attachments.max-size (10 MiB), not empty; its type is detected from the content. Replaces the CV "
            + "there was. Kept with the person's details: never on the post, in search, a notification or a mail; "
            + "erased and anonymised with the person.")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateView.CvRef.class)))
    @APIResponse(responseCode = "403", description = "Only the recruiter who offers this candidate can do this.")
    @APIResponse(responseCode = "409", description = "The person was anonymised.")
    @APIResponse(responseCode = "413", description = "The file is larger than relay.attachments.max-size.")
    @APIResponse(responseCode = "415", description = "The body is not sent as multipart/form-data.")
    @APIResponse(responseCode = "422", description = "No file, more than one, or an empty one.")
    public CandidateView.CvRef store(@PathParam("id") String id, FileForm form) {
        IncomingFile file = oneFile.of(StoreCv.FIELD, form, "takes one file: a candidate has one CV");
        return storeCv.store(caller.account(), id, file);
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the person's CV", description = "For the owner and recruiters granted access; "
            + "each read is recorded in the read audit. For anyone else, and when there is none, 404. Always a "
            + "download, served as the detected type only when inert.")
    @APIResponse(responseCode = "200", description = "The CV's bytes", headers = {
            @Header(name = "Content-Disposition", description = "attachment; filename=\"…\"; filename*=UTF-8''…", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "X-Content-Type-Options", description = "nosniff", schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response read(@PathParam("id") String id) {
        ReadCv.Cv cv = readCv.read(caller.account(), id);
        return Downloads.of(cv.filename(), cv.contentType(), cv.content());
    }

    @DELETE
    @ResponseStatus(204)
    @Operation(summary = "Delete the person's CV", description = "Owner only. Idempotent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Only the recruiter who offers this candidate can do this.")
    public void delete(@PathParam("id") String id) {
        storeCv.delete(caller.account(), id);
    }
}
