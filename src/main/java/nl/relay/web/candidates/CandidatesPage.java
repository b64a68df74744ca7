package nl.relay.web.candidates;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.directory.Sector;
import nl.relay.directory.SectorView;
import nl.relay.groups.Group;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.recruitment.candidates.CandidateBoard;
import nl.relay.recruitment.candidates.CandidateFilter;
import nl.relay.recruitment.candidates.CandidateView;
import nl.relay.recruitment.candidates.CandidateViews;
import nl.relay.recruitment.candidates.DuplicateCandidate;
import nl.relay.recruitment.candidates.OfferCandidate;
import nl.relay.web.FieldErrors;
import nl.relay.web.PageSession;
import nl.relay.web.RegionOptions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The candidate board with its filters, and the form recruiters offer a candidate with. */
@Path("/candidates")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CandidatesPage {

    private static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance board(String lang, BoardFilter filter, RegionOptions regions,
                List<CandidateView> candidates, String next, FieldErrors errors, boolean recruiter);

        static native TemplateInstance offer(String lang, OfferForm form, RegionOptions regions,
                List<SectorView> sectors, List<Group> groups, FieldErrors errors, List<String> otherErrors,
                DuplicateCandidate.Existing duplicate);

        static native TemplateInstance refused(String lang);
    }

    /** The board's filters as typed. */
    public record BoardFilter(String skill, String region, String availableBefore, String status, String q) {
    }

    private final PageSession session;
    private final Caller caller;
    private final CandidateBoard board;
    private final CandidateViews views;
    private final OfferCandidate offerCandidate;
    private final RequestLanguage language;

    CandidatesPage(PageSession session, Caller caller, CandidateBoard board, CandidateViews views,
            OfferCandidate offerCandidate, RequestLanguage language) {
        this.session = session;
        this.caller = caller;
        this.board = board;
        this.views = views;
        this.offerCandidate = offerCandidate;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response board(@QueryParam("skill") String skill, @QueryParam("region") String region,
            @QueryParam("availableBefore") String availableBefore, @QueryParam("status") String status,
            @QueryParam("q") String q, @QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> {
            BoardFilter typed = new BoardFilter(text(skill), text(region), text(availableBefore), text(status),
                    text(q));
            List<String> skills = Arrays.stream(typed.skill().split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            CandidateFilter filter = CandidateFilter.of(skills, typed.region(), typed.availableBefore(),
                    typed.status(), typed.q());
            try {
                List<Long> ids = board.page(reader, filter, PageSession.before(cursor), PAGE_SIZE + 1);
                List<CandidateView> shown = views.anonymous(ids.stream().limit(PAGE_SIZE).toList());
                String next = ids.size() > PAGE_SIZE ? nextLink(typed, ids.get(PAGE_SIZE - 1)) : null;
                return Response.ok(boardPage(typed, shown, next, FieldErrors.NONE)).build();
            } catch (InvalidInput e) {
                return Response.status(422).entity(boardPage(typed, List.of(), null, new FieldErrors(e.errors())))
                        .build();
            }
        });
    }

    @GET
    @Path("/new")
    @Operation(hidden = true)
    public Response form() {
        return session.signedIn(reader -> recruiter()
                ? Response.ok(offerPage(reader, OfferForm.blank(), FieldErrors.NONE, null)).build()
                : refused());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response offer(@BeanParam OfferForm typed) {
        return session.signedIn(reader -> {
            if (!recruiter()) {
                return refused();
            }
            OfferForm form = typed.cleaned();
            try {
                OfferCandidate.Offered offered = offerCandidate.offer(caller.account(), form.request());
                return Response.seeOther(URI.create("/candidates/" + offered.candidate().id + "?offered=1")).build();
            } catch (DuplicateCandidate e) {
                return Response.status(409).entity(offerPage(reader, form, FieldErrors.NONE, e.existing())).build();
            } catch (InvalidInput e) {
                return Response.status(422).entity(offerPage(reader, form, new FieldErrors(e.errors()), null))
                        .build();
            }
        });
    }

    private boolean recruiter() {
        return caller.hasRole(Role.RECRUITER);
    }

    private Response refused() {
        return Response.status(403).entity(Templates.refused(language.code()).setLocale(language.locale())).build();
    }

    private TemplateInstance boardPage(BoardFilter filter, List<CandidateView> shown, String next,
            FieldErrors errors) {
        return Templates.board(language.code(), filter, RegionOptions.of(language.isEnglish()), shown, next, errors,
                recruiter()).setLocale(language.locale());
    }

    private TemplateInstance offerPage(long reader, OfferForm form, FieldErrors errors,
            DuplicateCandidate.Existing duplicate) {
        boolean english = language.isEnglish();
        List<SectorView> sectors = Sector.inOrder().stream().map(s -> SectorView.from(s, english)).toList();
        return Templates.offer(language.code(), form, RegionOptions.of(english), sectors, Group.postableBy(reader),
                errors, errors.others(OfferForm.FIELDS).stream().map(e -> e.field() + " " + e.message()).toList(),
                duplicate).setLocale(language.locale());
    }

    private static String nextLink(BoardFilter filter, long lastId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("skill", filter.skill());
        query.put("region", filter.region());
        query.put("availableBefore", filter.availableBefore());
        query.put("status", filter.status());
        query.put("q", filter.q());
        query.put("cursor", Cursor.of(lastId).encode());
        return "/candidates?" + query.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
