package nl.relay.web.candidates;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import nl.relay.accounts.Account;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.posts.attachments.FileForm;
import nl.relay.posts.attachments.FileParts;
import nl.relay.posts.attachments.IncomingFile;
import nl.relay.privacy.SubjectKind;
import nl.relay.privacy.retention.ConsentTerms;
import nl.relay.privacy.retention.RetentionDue;
import nl.relay.privacy.retention.RetentionPlan;
import nl.relay.recruitment.candidates.Candidate;
import nl.relay.recruitment.candidates.CandidateChange;
import nl.relay.recruitment.candidates.CandidateView;
import nl.relay.recruitment.candidates.CandidateViews;
import nl.relay.recruitment.candidates.ChangeCandidate;
import nl.relay.recruitment.candidates.ExtendCandidate;
import nl.relay.recruitment.candidates.GrantAccess;
import nl.relay.recruitment.candidates.InterestRequest;
import nl.relay.recruitment.candidates.RenewConsent;
import nl.relay.recruitment.candidates.RevokeAccess;
import nl.relay.recruitment.candidates.ShowInterest;
import nl.relay.recruitment.candidates.StoreCv;
import nl.relay.recruitment.matches.ListMatches;
import nl.relay.recruitment.matches.MatchItem;
import nl.relay.recruitment.vacancies.Vacancy;
import nl.relay.web.PageSession;
import nl.relay.web.matches.MatchRow;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One candidate: its anonymous profile, the person for those allowed, the owner's status, extension, interests
 * and access grants, and the "I have a job for this candidate" form for other recruiters.
 */
@Path("/candidates/{id: [0-9]+}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CandidatePage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance candidate(String lang, CandidateView c, boolean owner, boolean recruiter,
                List<CandidateView.PossibleDuplicate> similar, List<VacancyOption> vacancies, List<MatchRow> matches,
                Problems problems, RetentionDue retention, List<String> informedHowOptions);

        static native TemplateInstance missing(String lang, int status);
    }

    /** A vacancy of the viewer's own, for the interest form. */
    public record VacancyOption(long id, String title) {
    }

    /** A refusal, and the form it belongs to (status, interest, access or cv), shown there. */
    public record Problems(String form, String field, String message, int status) {

        static final Problems NONE = new Problems("", "", "", 0);

        public boolean at(String name) {
            return form.equals(name);
        }
    }

    /** How many of the best-fitting vacancies the page shows; the match page shows more. */
    private static final int BEST = 5;

    private final PageSession session;
    private final Caller caller;
    private final CandidateViews views;
    private final ChangeCandidate changeCandidate;
    private final ExtendCandidate extendCandidate;
    private final ShowInterest showInterest;
    private final GrantAccess grantAccess;
    private final RevokeAccess revokeAccess;
    private final ListMatches listMatches;
    private final RequestLanguage language;
    private final RenewConsent renewConsent;
    private final RetentionPlan retentionPlan;
    private final StoreCv storeCv;
    private final FileParts fileParts;

    CandidatePage(PageSession session, Caller caller, CandidateViews views, ChangeCandidate changeCandidate,
            ExtendCandidate extendCandidate, ShowInterest showInterest, GrantAccess grantAccess,
            RevokeAccess revokeAccess, ListMatches listMatches, RequestLanguage language, RenewConsent renewConsent,
            RetentionPlan retentionPlan, StoreCv storeCv, FileParts fileParts) {
        this.storeCv = storeCv;
        this.fileParts = fileParts;
        this.renewConsent = renewConsent;
        this.retentionPlan = retentionPlan;
        this.session = session;
        this.caller = caller;
        this.views = views;
        this.changeCandidate = changeCandidate;
        this.extendCandidate = extendCandidate;
        this.showInterest = showInterest;
        this.grantAccess = grantAccess;
        this.revokeAccess = revokeAccess;
        this.listMatches = listMatches;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response candidate(@PathParam("id") String id, @QueryParam("offered") String offered) {
        return session.signedIn(reader -> act(id, () -> Response.ok(page(id, offered != null, Problems.NONE))
                .build(), "view"));
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response status(@PathParam("id") String id, @FormParam("status") String status) {
        return session.signedIn(reader -> act(id, () -> {
            changeCandidate.change(caller.account(), id, new CandidateChange(Objects.requireNonNullElse(status, ""),
                    null, null, null, null, null, null, null, null, null));
            return back(id);
        }, "status"));
    }

    @POST
    @Path("/extension")
    @Operation(hidden = true)
    public Response extend(@PathParam("id") String id) {
        return session.signedIn(reader -> act(id, () -> {
            extendCandidate.extend(caller.account(), id);
            return back(id);
        }, "status"));
    }

    @POST
    @Path("/retention")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response retain(@PathParam("id") String id, @FormParam("informedAt") String informedAt,
            @FormParam("informedHow") String informedHow) {
        return session.signedIn(reader -> act(id, () -> {
            renewConsent.renew(caller.account(), id, new RenewConsent.FreshConsent(day(informedAt),
                    Objects.requireNonNullElse(informedHow, "").strip()));
            return back(id);
        }, "retention"));
    }

    @POST
    @Path("/interest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response interest(@PathParam("id") String id, @FormParam("note") String note,
            @FormParam("vacancyId") String vacancyId) {
        return session.signedIn(reader -> act(id, () -> {
            if (!caller.hasRole(Role.RECRUITER)) {
                return Response.status(403).entity(page(id, false, new Problems("interest", "role", "", 403)))
                        .build();
            }
            Long vacancy = vacancyId == null || !vacancyId.strip().matches("\\d{1,18}")
                    ? null
                    : Long.valueOf(vacancyId.strip());
            showInterest.show(caller.account(), id, new InterestRequest(vacancy, note));
            return Response.seeOther(URI.create("/candidates/" + id + "?interest=1")).build();
        }, "interest"));
    }

    @POST
    @Path("/cv")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response storeCv(@PathParam("id") String id, @BeanParam FileForm form) {
        return session.signedIn(reader -> act(id, () -> {
            List<IncomingFile> files = fileParts.read(StoreCv.FIELD, form.file, 0);
            if (files.size() != 1) {
                throw new InvalidInput(StoreCv.FIELD, "is required: choose one file");
            }
            storeCv.store(caller.account(), id, files.get(0));
            return back(id);
        }, "cv"));
    }

    @POST
    @Path("/cv/delete")
    @Operation(hidden = true)
    public Response deleteCv(@PathParam("id") String id) {
        return session.signedIn(reader -> act(id, () -> {
            storeCv.delete(caller.account(), id);
            return back(id);
        }, "cv"));
    }

    @POST
    @Path("/access")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response grant(@PathParam("id") String id, @FormParam("username") String username) {
        return session.signedIn(reader -> act(id, () -> {
            grantAccess.grant(caller.account(), id, Objects.requireNonNullElse(username, "").strip());
            return back(id);
        }, "access"));
    }

    @POST
    @Path("/access/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revoke(@PathParam("id") String id, @FormParam("username") String username) {
        return session.signedIn(reader -> act(id, () -> {
            revokeAccess.revoke(caller.account(), id, Objects.requireNonNullElse(username, "").strip());
            return back(id);
        }, "access"));
    }

    /** Runs an action; a refusal shows the page again with the message at the form it came from. */
    private Response act(String id, Supplier<Response> action, String form) {
        try {
            return action.get();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return Response.status(404).entity(Templates.missing(language.code(), 404)
                        .setLocale(language.locale())).build();
            }
            String field = e.errors().isEmpty() ? "" : e.errors().get(0).field();
            return Response.status(e.status()).entity(page(id, false,
                    new Problems(form, field, e.getMessage(), e.status()))).build();
        }
    }

    /** The page; just after the offer, with the possible duplicates it was warned about (for the owner). */
    private TemplateInstance page(String id, boolean justOffered, Problems problems) {
        Account viewer = caller.account();
        Candidate candidate = views.require(viewer.id, id);
        List<CandidateView.PossibleDuplicate> similar = justOffered
                ? views.possibleDuplicates(viewer, candidate)
                : List.of();
        boolean recruiter = caller.hasRole(Role.RECRUITER);
        List<VacancyOption> vacancies = recruiter && !candidate.isOwnedBy(viewer.id)
                ? vacancies(viewer.id)
                : List.of();
        List<MatchRow> matches = recruiter || caller.isAdmin()
                ? MatchRow.all(listMatches.list(MatchItem.Side.CANDIDATE, id, viewer.id, BEST), language.isEnglish())
                : List.of();
        RetentionDue retention = candidate.isOwnedBy(viewer.id)
                ? retentionPlan.dueOf(SubjectKind.CANDIDATE, candidate.id).orElse(null)
                : null;
        return Templates.candidate(language.code(), views.of(candidate, viewer), candidate.isOwnedBy(viewer.id),
                recruiter, similar, vacancies, matches, problems, retention, ConsentTerms.INFORMED_HOW)
                .setLocale(language.locale());
    }

    /** A typed date (yyyy-mm-dd) as the start of that day in Amsterdam; null when empty or unreadable. */
    private static Instant day(String typed) {
        try {
            return typed == null || typed.isBlank()
                    ? null
                    : LocalDate.parse(typed.strip()).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<VacancyOption> vacancies(long ownerId) {
        return Vacancy.activeOwnedBy(ownerId, 50).stream().map(v -> new VacancyOption(v.id, v.title)).toList();
    }

    private static Response back(String id) {
        return Response.seeOther(URI.create("/candidates/" + id)).build();
    }
}
