package nl.relay.privacy.subjects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Access requests: everything Relay holds about one person, for the privacy officer and admins. */
@Path("/api/privacy/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class SubjectResource {

    private final SubjectAccess access;
    private final Caller caller;

    SubjectResource(SubjectAccess access, Caller caller) {
        this.access = access;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.PRIVACY_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Answer an access request", description = "Everything Relay holds about the person with this "
            + "e-mail address or phone number (give exactly one; normalised as candidate records are): their "
            + "candidate records (details, consent, profile, status, owner, dates, access grants, proposals, "
            + "interest), their referrals, the posts that name them (now or in an earlier version, removed ones "
            + "too) and the read audit of their records. The request itself is recorded in the read audit.")
    @APIResponse(responseCode = "200", description = "The report; empty lists when Relay holds nothing")
    @APIResponse(responseCode = "400", description = "Neither or both of email and phone, or one that is malformed.")
    @APIResponse(responseCode = "403", description = "Only the privacy role and admins answer access requests.")
    public SubjectReport find(@QueryParam("email") String email, @QueryParam("phone") String phone) {
        SubjectQuery query = SubjectQuery.of(email, phone);
        return access.find(caller.account(), query);
    }
}
