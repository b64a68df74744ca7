package nl.relay.recruitment.candidates;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Candidate offers: offer, list, read, change, extend, show interest, and grant access to the person. */
@Path("/api/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recruitment")
public class CandidateResource {

    private final Caller caller;
    private final OfferCandidate offerCandidate;
    private final ChangeCandidate changeCandidate;
    private final ExtendCandidate extendCandidate;
    private final ShowInterest showInterest;
    private final GrantAccess grantAccess;
    private final RevokeAccess revokeAccess;
    private final CandidateViews views;
    private final CandidateBoard board;
    private final RenewConsent renewConsent;

    CandidateResource(Caller caller, OfferCandidate offerCandidate, ChangeCandidate changeCandidate,
            ExtendCandidate extendCandidate, ShowInterest showInterest, GrantAccess grantAccess,
            RevokeAccess revokeAccess, CandidateViews views, CandidateBoard board, RenewConsent renewConsent) {
        this.renewConsent = renewConsent;
        this.caller = caller;
        this.offerCandidate = offerCandidate;
        this.changeCandidate = changeCandidate;
        this.extendCandidate = extendCandidate;
        this.showInterest = showInterest;
        this.grantAccess = grantAccess;
        this.revokeAccess = revokeAccess;
        this.views = views;
        this.board = board;
    }

    @POST
    @RolesAllowed(Role.RECRUITER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer a candidate", description = "Recruiters only. Publishes a post of kind candidate "
            + "showing only the anonymous profile (title, skills, seniority, availability, hours, region, contract "
            + "types, summary); the person and consent are kept apart. availableFrom is today (Europe/Amsterdam) "
            + "or later; title and summary must not name the person. The same person (email or phone) on offer as "
            + "an active candidate is a 409; a similar name in the same region is listed in possibleDuplicates.")
    @APIResponse(responseCode = "201", description = "Offered; Location names the candidate", content = @Content(schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "403", description = "Only recruiters offer candidates.")
    @APIResponse(responseCode = "409", description = "The person is already on offer: existing names that offer "
            + "and its owner, never the person.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = DuplicateCandidate.Body.class)))
    public Response offer(@NotNull NewCandidate request) {
        OfferCandidate.Offered offered = offerCandidate.offer(caller.account(), request);
        CandidateView view = views.of(offered.candidate(), caller.account())
                .withPossibleDuplicates(offered.possibleDuplicates());
        return Response.created(URI.create("/api/candidates/" + offered.candidate().id)).entity(view).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The candidate board", description = "Anonymous profiles (person always null) of the "
            + "candidates whose post you may read, newest first. skill (repeatable: all of them, any case), region "
            + "(a province includes its cities), availableBefore (available_from on or before, yyyy-mm-dd), status "
            + "(available by default; an active status lists only offers not expired), q (words in title, summary "
            + "or skills).")
    @APIResponse(responseCode = "200", description = "One page of candidates")
    public Page<CandidateView> list(@BeanParam CandidateFilter filter, @BeanParam PageRequest page) {
        Long before = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        List<Long> ids = board.page(caller.accountId(), filter, before, page.fetchSize());
        return Page.of(ids, page, Cursor::of).mapAll(views::anonymous);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One candidate", description = "For every reader of its post. person and consent only "
            + "for the owner and recruiters granted access; access and interests only for the owner. Once retention "
            + "anonymised the person, person.name is a marker and person.anonymisedAt says when.")
    @APIResponse(responseCode = "200", description = "The candidate")
    public CandidateView get(@PathParam("id") String id) {
        return views.of(views.require(caller.accountId(), id), caller.account());
    }

    @PATCH
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my candidate", description = "Owner only. status: available and in-process move "
            + "either way, in-process becomes placed, either active status withdrawn; placed and withdrawn are "
            + "final. A profile change edits the post (history kept). Any change keeps the offer active longer.")
    @APIResponse(responseCode = "200", description = "The candidate as changed")
    @APIResponse(responseCode = "403", description = "Only the recruiter who offers this candidate can do this.")
    @APIResponse(responseCode = "409", description = "This status cannot follow the current one.")
    public CandidateView change(@PathParam("id") String id, @NotNull CandidateChange request) {
        return views.of(changeCandidate.change(caller.account(), id, request), caller.account());
    }

    @POST
    @Path("/{id}/extension")
    @Authenticated
    @Operation(summary = "Keep my candidate on offer", description = "Owner only: expiresAt becomes now plus the "
            + "expiry period (relay.recruitment.candidate-expiry, four weeks by default).")
    @APIResponse(responseCode = "200", description = "The candidate with its new expiry")
    @APIResponse(responseCode = "403", description = "Only the recruiter who offers this candidate can do this.")
    @APIResponse(responseCode = "409", description = "The candidate is placed or withdrawn.")
    public CandidateView extend(@PathParam("id") String id) {
        return views.of(extendCandidate.extend(caller.account(), id), caller.account());
    }

    @POST
    @Path("/{id}/retention")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep the person longer, with fresh consent", description = "Owner only. informedAt (when "
            + "the person was informed again and agreed, not in the future) and informedHow (email, phone, in-person, "
            + "letter, other) are required. Consent becomes given as of informedAt, and retention keeps the person "
            + "relay.privacy.retention.with-consent (a year by default) from then.")
    @APIResponse(responseCode = "200", description = "The candidate with its fresh consent")
    @APIResponse(responseCode = "403", description = "Only the recruiter who offers this candidate can do this.")
    @APIResponse(responseCode = "409", description = "The person was anonymised already.")
    @APIResponse(responseCode = "422", description = "informedAt or informedHow is missing or invalid.")
    public CandidateView retain(@PathParam("id") String id, @NotNull RenewConsent.FreshConsent request) {
        return views.of(renewConsent.renew(caller.account(), id, request), caller.account());
    }

    @POST
    @Path("/{id}/interest")
    @RolesAllowed(Role.RECRUITER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "I have a job for this candidate", description = "Recruiters, not the owner. vacancyId, "
            + "when given, is a vacancy of your own. The owner is notified.")
    @APIResponse(responseCode = "201", description = "The interest", content = @Content(schema = @Schema(implementation = CandidateView.InterestView.class)))
    @APIResponse(responseCode = "403", description = "Only recruiters show interest in candidates.")
    @APIResponse(responseCode = "409", description = "The candidate is placed or withdrawn.")
    public Response interest(@PathParam("id") String id, @NotNull InterestRequest request) {
        CandidateInterest interest = showInterest.show(caller.account(), id, request);
        return Response.status(201).entity(new CandidateView.InterestView(interest.id, caller.account().username,
                caller.account().displayName, interest.vacancyId, interest.note, interest.createdAt)).build();
    }

    @PUT
    @Path("/{id}/access/{username}")
    @Authenticated
    @ResponseStatus(204)
    @Operation(summary = "Let a colleague read the person", description = "Owner only; the colleague must be an "
            + "active recruiter. Idempotent.")
    @APIResponse(responseCode = "204", description = "Granted")
    @APIResponse(responseCode = "403", description = "Only the recruiter who offers this candidate can do this.")
    @APIResponse(responseCode = "422", description = "Not an active recruiter's username.")
    public void grant(@PathParam("id") String id, @PathParam("username") String username) {
        grantAccess.grant(caller.account(), id, username);
    }

    @DELETE
    @Path("/{id}/access/{username}")
    @Authenticated
    @ResponseStatus(204)
    @Operation(summary = "Take back a colleague's access to the person", description = "Owner only. Idempotent.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "Only the recruiter who offers this candidate can do this.")
    public void revoke(@PathParam("id") String id, @PathParam("username") String username) {
        revokeAccess.revoke(caller.account(), id, username);
    }
}
