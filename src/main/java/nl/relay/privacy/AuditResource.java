package nl.relay.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Role;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read audit for the privacy officer and admins: who read which person's details, when and how. */
@Path("/api/privacy/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class AuditResource {

    private final AuditLog log;

    AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed({Role.PRIVACY_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The read audit", description = "Every read of a candidate's or a referral's person, newest "
            + "first: who, when, which subject and through which channel (api, page, or read for other reads). "
            + "Filters: candidateId or referralId, reader (a username), from (inclusive) and to (exclusive) as "
            + "ISO-8601 instants. For the privacy role and admins. Entries are kept for relay.privacy.audit-retention.")
    @APIResponse(responseCode = "200", description = "One page of entries, newest first")
    @APIResponse(responseCode = "403", description = "Only the privacy role and admins read the audit.")
    @APIResponse(responseCode = "422", description = "A filter is invalid.")
    public Page<AuditEntry> list(@BeanParam AuditFilter filter, @BeanParam PageRequest page) {
        AuditFilter.Checked checked = filter.checked();
        page.limit();
        return log.page(checked, page);
    }
}
