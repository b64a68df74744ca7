package nl.relay.privacy.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** What retention will anonymise, and the legal holds that suspend it. */
@Path("/api/privacy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class PrivacyRetentionResource {

    /** The longest window the plan looks ahead. */
    private static final Duration LONGEST = Duration.ofDays(400);

    private final Caller caller;
    private final RetentionPlan plan;
    private final LegalHolds holds;

    PrivacyRetentionResource(Caller caller, RetentionPlan plan, LegalHolds holds) {
        this.caller = caller;
        this.plan = plan;
        this.holds = holds;
    }

    /** A hold's reason. */
    public record HoldRequest(String reason) {
    }

    @GET
    @Path("/retention")
    @RolesAllowed({Role.PRIVACY_NAME, Role.ADMIN_NAME})
    @Operation(summary = "What retention will anonymise", description = "Every candidate's and referral's person due "
            + "for anonymisation from now until within (an ISO-8601 duration, P7D by default, at most P400D), soonest "
            + "first, overdue and held ones included: kind, id, the owner who answers for it, dueAt, held, consent. "
            + "Never who the person is. For the privacy role and admins.")
    @APIResponse(responseCode = "200", description = "What is due, soonest first")
    @APIResponse(responseCode = "403", description = "Only the privacy role and admins.")
    @APIResponse(responseCode = "422", description = "within is not an ISO-8601 duration from PT0S to P400D.")
    public List<RetentionDue> due(@QueryParam("within") String within) {
        return plan.dueWithin(window(within));
    }

    @GET
    @Path("/holds")
    @RolesAllowed({Role.PRIVACY_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Legal holds", description = "Every legal hold, newest first. For the privacy role and "
            + "admins (who alone place and lift them).")
    @APIResponse(responseCode = "200", description = "The holds")
    @APIResponse(responseCode = "403", description = "The privacy role and admins only.")
    public List<LegalHold> holds() {
        return holds.list();
    }

    @PUT
    @Path("/holds/{kind}/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place a legal hold", description = "Suspends the anonymisation of a candidate's or a "
            + "referral's person (kind candidate or referral) until lifted; reason required (one line, up to 500). "
            + "Placing it again replaces the reason. Admins only.")
    @APIResponse(responseCode = "200", description = "The hold")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "There is no such candidate or referral.")
    @APIResponse(responseCode = "422", description = "The reason is missing or too long.")
    public LegalHold place(@PathParam("kind") String kind, @PathParam("id") String id, @NotNull HoldRequest request) {
        return holds.place(caller.accountId(), kind, id, request.reason());
    }

    @DELETE
    @Path("/holds/{kind}/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @ResponseStatus(204)
    @Operation(summary = "Lift a legal hold", description = "Anonymisation resumes at the next run if due. "
            + "Idempotent. Admins only.")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "There is no such candidate or referral.")
    public void lift(@PathParam("kind") String kind, @PathParam("id") String id) {
        holds.lift(kind, id);
    }

    private static Duration window(String within) {
        if (within == null || within.isBlank()) {
            return Duration.ofDays(7);
        }
        try {
            Duration window = Duration.parse(within.strip());
            if (!window.isNegative() && window.compareTo(LONGEST) <= 0) {
                return window;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new InvalidInput("within", "must be an ISO-8601 duration from PT0S to P400D, such as P7D");
    }
}
