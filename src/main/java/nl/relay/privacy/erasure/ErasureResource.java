package nl.relay.privacy.erasure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure on request for the privacy officer and admins: erase a person, and the erasures done. */
@Path("/api/privacy/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class ErasureResource {

    private final Caller caller;
    private final ErasePerson erasePerson;
    private final Erasures erasures;

    ErasureResource(Caller caller, ErasePerson erasePerson, Erasures erasures) {
        this.caller = caller;
        this.erasePerson = erasePerson;
        this.erasures = erasures;
    }

    @POST
    @RolesAllowed({Role.PRIVACY_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a person", description = "Finds a candidate's or a referral's person by email, phone "
            + "(any notation) or candidate id, blanks their records and replaces their name, email and phone by "
            + "[gewist] wherever written: posts and every earlier version, profiles, interest notes, vacancies, alerts, "
            + "waiting outbox work, followed topics (unfollowed), legal holds' reasons, groups; the search terms "
            + "follow. Answers what was found and changed where (ids and counts, never the identifiers); a second "
            + "request finds nothing. A person under a legal hold is refused (409) unless an admin sends "
            + "overrideHold: true (the report names the holds overridden). For the privacy role and admins.")
    @APIResponse(responseCode = "200", description = "The erasure's report (empty when nothing was found)")
    @APIResponse(responseCode = "403", description = "Only the privacy role and admins erase people; only admins "
            + "override a legal hold.")
    @APIResponse(responseCode = "409", description = "A legal hold is placed on the person: the detail names the "
            + "holds (kind and id, such as candidate 12); an admin may erase with overrideHold: true.")
    @APIResponse(responseCode = "422", description = "No email, phone or candidateId, or one that is invalid.")
    public ErasureReport erase(ErasureRequest request) {
        return erasePerson.erase(caller.account(), request);
    }

    @GET
    @RolesAllowed({Role.PRIVACY_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The erasures", description = "Every erasure, newest first: who, when and its report.")
    @APIResponse(responseCode = "200", description = "One page of erasure reports")
    @APIResponse(responseCode = "403", description = "Only the privacy role and admins read the erasures.")
    public Page<ErasureReport> list(@BeanParam PageRequest page) {
        page.limit();
        return erasures.page(page);
    }
}
