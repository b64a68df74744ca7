package nl.relay.recruitment.referrals;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.recruitment.vacancies.ReadableVacancies;
import nl.relay.recruitment.vacancies.Vacancy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Referring someone you know to a vacancy, and the vacancy's referrals for its owner. */
@Path("/api/vacancies/{id}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Recruitment")
public class ReferralResource {

    private final Caller caller;
    private final ReferSomeone referSomeone;
    private final ReadableVacancies vacancies;
    private final VacancyReferrals referrals;

    ReferralResource(Caller caller, ReferSomeone referSomeone, ReadableVacancies vacancies,
            VacancyReferrals referrals) {
        this.caller = caller;
        this.referSomeone = referSomeone;
        this.vacancies = vacancies;
        this.referrals = referrals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer someone you know to the vacancy", description = "Anyone signed in, to an open vacancy "
            + "they may read: name (1-120, one line), email? (valid), note (1-2,000). The person's details are kept "
            + "apart and shown only to the vacancy's owner (and admins) and to you; the owner is notified without "
            + "them. The answer holds no personal data.")
    @APIResponse(responseCode = "201", description = "Referred", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "There is no such vacancy, or you may not see it.")
    @APIResponse(responseCode = "422", description = "Some fields are invalid, or the vacancy is not open.")
    public Response refer(@PathParam("id") String id, @NotNull NewReferral request) {
        long vacancyId = vacancies.require(caller.accountId(), id).id;
        Referral referral = referSomeone.refer(caller.accountId(), vacancyId, request);
        return Response.created(URI.create("/api/vacancies/" + vacancyId + "/referrals"))
                .entity(referrals.withoutPerson(referral)).build();
    }

    @GET
    @Operation(summary = "The vacancy's referrals", description = "The vacancy's owner sees every referral with the "
            + "person and the note; someone who referred sees their own; admins see every referral without the "
            + "person and the note (a referred person is handled like a candidate); others are refused.")
    @APIResponse(responseCode = "200", description = "The referrals, oldest first")
    @APIResponse(responseCode = "403", description = "Only the vacancy's owner, admins and those who referred.")
    @APIResponse(responseCode = "404", description = "There is no such vacancy, or you may not see it.")
    public List<ReferralView> list(@PathParam("id") String id) {
        Vacancy vacancy = vacancies.require(caller.accountId(), id);
        return referrals.shownTo(caller.accountId(), caller.isAdmin(), vacancy);
    }
}
