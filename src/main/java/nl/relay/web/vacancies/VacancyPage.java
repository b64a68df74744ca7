package nl.relay.web.vacancies;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.recruitment.proposals.AlreadyProposed;
import nl.relay.recruitment.proposals.ChangeProposal;
import nl.relay.recruitment.proposals.NewProposal;
import nl.relay.recruitment.proposals.ProposalChange;
import nl.relay.recruitment.proposals.ProposeCandidate;
import nl.relay.recruitment.referrals.NewReferral;
import nl.relay.recruitment.referrals.ReferSomeone;
import nl.relay.recruitment.vacancies.ChangeVacancy;
import nl.relay.recruitment.vacancies.ReadableVacancies;
import nl.relay.recruitment.vacancies.Vacancy;
import nl.relay.recruitment.vacancies.VacancyChanges;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One vacancy: its owner changes its status, recruiters propose candidates and move proposals on (a second
 * proposal to the client is refused, naming who and when), everyone may refer someone, the owner sees referrals.
 */
@Path("/vacancies/{id: [0-9]{1,18}}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class VacancyPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance vacancy(String lang, VacancyScreen s);

        static native TemplateInstance missing(String lang, int status);
    }

    private final PageSession session;
    private final Caller caller;
    private final ReadableVacancies readable;
    private final VacancyScreens screens;
    private final ChangeVacancy changeVacancy;
    private final ProposeCandidate proposeCandidate;
    private final ChangeProposal changeProposal;
    private final ReferSomeone referSomeone;
    private final RequestLanguage language;

    VacancyPage(PageSession session, Caller caller, ReadableVacancies readable, VacancyScreens screens,
            ChangeVacancy changeVacancy, ProposeCandidate proposeCandidate, ChangeProposal changeProposal,
            ReferSomeone referSomeone, RequestLanguage language) {
        this.session = session;
        this.caller = caller;
        this.readable = readable;
        this.screens = screens;
        this.changeVacancy = changeVacancy;
        this.proposeCandidate = proposeCandidate;
        this.changeProposal = changeProposal;
        this.referSomeone = referSomeone;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response vacancy(@PathParam("id") long id, @QueryParam("done") String done) {
        return show(id, VacancyScreen.Forms.NONE.done(done), 200);
    }

    /** The page with the propose form on this candidate: the link a candidate's page makes. */
    @GET
    @Path("/propose")
    @Operation(hidden = true)
    public Response propose(@PathParam("id") long id, @QueryParam("candidate") String candidate) {
        return show(id, VacancyScreen.Forms.NONE.proposing(candidate), 200);
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response status(@PathParam("id") long id, @FormParam("status") String status) {
        return act(id, VacancyScreen.Forms.NONE, "status", () -> changeVacancy.change(caller.accountId(),
                caller.isAdmin(), id, new VacancyChanges(status, null, null, null, null, null, null, null)));
    }

    @POST
    @Path("/proposals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response proposeCandidate(@PathParam("id") long id, @FormParam("candidateId") String candidateId) {
        VacancyScreen.Forms forms = VacancyScreen.Forms.NONE.proposing(candidateId);
        return session.signedIn(reader -> {
            if (!caller.hasRole(Role.RECRUITER)) {
                return missing(403);
            }
            try {
                readable.require(reader, id);
                proposeCandidate.propose(reader, id, new NewProposal(parse(candidateId)));
                return done(id, "proposed");
            } catch (AlreadyProposed e) {
                return show(id, forms.refused(new VacancyScreen.Refusal(e.proposedBy().displayName(),
                        screens.date(e.proposedAt()), e.clientName())), 409);
            } catch (NotFound e) {
                return missing(404);
            } catch (ProblemException e) {
                return show(id, forms.withProposeErrors(FormErrors.of(e, "candidateId")), e.status());
            }
        });
    }

    @POST
    @Path("/proposals/{proposal: [0-9]{1,18}}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response proposalStatus(@PathParam("id") long id, @PathParam("proposal") long proposal,
            @FormParam("status") String status) {
        if (!caller.hasRole(Role.RECRUITER)) {
            return session.signedIn(reader -> missing(403));
        }
        return act(id, VacancyScreen.Forms.NONE, "proposal",
                () -> changeProposal.change(caller.accountId(), proposal, new ProposalChange(status)));
    }

    @POST
    @Path("/referrals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response refer(@PathParam("id") long id, @FormParam("name") String name, @FormParam("email") String email,
            @FormParam("note") String note, @FormParam("consentGiven") String consentGiven,
            @FormParam("consentSource") String consentSource) {
        VacancyScreen.Forms forms = VacancyScreen.Forms.NONE.referring(name, email, note);
        NewReferral.Consent consent = new NewReferral.Consent(consentGiven != null, null, null,
                consentSource == null || consentSource.isBlank() ? null : consentSource.strip());
        return act(id, forms, "referred", () -> referSomeone.refer(caller.accountId(), id, new NewReferral(name,
                email, note, consent)));
    }

    /** Runs an action of a form on the page, then shows the page again: done, or with the refusal at the form. */
    private Response act(long id, VacancyScreen.Forms forms, String done, Runnable action) {
        return session.signedIn(reader -> {
            try {
                readable.require(reader, id);
                action.run();
                return done(id, done);
            } catch (NotFound e) {
                return missing(404);
            } catch (ProblemException e) {
                return show(id, forms.withErrors(done, FormErrors.of(e, done)), e.status());
            }
        });
    }

    private Response show(long id, VacancyScreen.Forms forms, int status) {
        return session.signedIn(reader -> {
            try {
                Vacancy vacancy = readable.require(reader, id);
                return Response.status(status).entity(Templates.vacancy(language.code(), screens.of(vacancy, reader,
                        forms)).setLocale(language.locale())).build();
            } catch (NotFound e) {
                return missing(404);
            }
        });
    }

    private Response missing(int status) {
        return Response.status(status).entity(Templates.missing(language.code(), status)
                .setLocale(language.locale())).build();
    }

    private static Response done(long id, String what) {
        return Response.seeOther(URI.create("/vacancies/" + id + "?done=" + what)).build();
    }

    private static Long parse(String candidateId) {
        try {
            return candidateId == null || candidateId.isBlank() ? null : Long.parseLong(candidateId.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
