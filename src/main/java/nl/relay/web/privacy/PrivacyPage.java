package nl.relay.web.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.relay.accounts.Account;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.privacy.AuditEntry;
import nl.relay.privacy.AuditFilter;
import nl.relay.privacy.AuditLog;
import nl.relay.privacy.erasure.ErasePerson;
import nl.relay.privacy.erasure.ErasureReport;
import nl.relay.privacy.erasure.ErasureRequest;
import nl.relay.privacy.erasure.Erasures;
import nl.relay.privacy.retention.LegalHold;
import nl.relay.privacy.retention.LegalHolds;
import nl.relay.privacy.retention.RetentionDue;
import nl.relay.privacy.retention.RetentionPlan;
import nl.relay.privacy.subjects.SubjectAccess;
import nl.relay.privacy.subjects.SubjectQuery;
import nl.relay.privacy.subjects.SubjectReport;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The privacy officer's page (role privacy, and admins): access and erasure requests, what retention anonymises this
 * week, and the read audit.
 */
@Path("/privacy")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PrivacyPage {

    private static final int AUDIT_PAGE = 50;
    private static final int RECENT_ERASURES = 10;
    private static final Duration THIS_WEEK = Duration.ofDays(7);

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance privacy(String lang, boolean forbidden, AuditView audit,
                List<RetentionDue> dueThisWeek, List<LegalHold> holds, List<ErasureReport> erasures,
                List<Problem.FieldError> errors);

        static native TemplateInstance subjects(String lang, String email, String phone, SubjectReport report,
                List<Problem.FieldError> errors);

        static native TemplateInstance erasure(String lang, ErasureReport report);
    }

    /** The audit section: the filters as given, one page of entries and the link to the next. */
    public record AuditView(String reader, String candidateId, String referralId, List<AuditEntry> entries,
            String nextLink) {

        static final AuditView NONE = new AuditView(null, null, null, List.of(), null);
    }

    private final PageSession session;
    private final RequestLanguage language;
    private final AuditLog audit;
    private final RetentionPlan retention;
    private final Erasures erasures;
    private final ErasePerson erase;
    private final SubjectAccess subjects;
    private final ObjectMapper json;
    private final LegalHolds holds;

    PrivacyPage(PageSession session, RequestLanguage language, AuditLog audit, RetentionPlan retention,
            Erasures erasures, ErasePerson erase, SubjectAccess subjects, ObjectMapper json, LegalHolds holds) {
        this.holds = holds;
        this.session = session;
        this.language = language;
        this.audit = audit;
        this.retention = retention;
        this.erasures = erasures;
        this.erase = erase;
        this.subjects = subjects;
        this.json = json;
    }

    @GET
    @Operation(hidden = true)
    public Response privacy(@BeanParam AuditFilter filter, @QueryParam("reader") String reader,
            @QueryParam("candidateId") String candidateId, @QueryParam("referralId") String referralId,
            @QueryParam("after") String after) {
        return guarded(() -> {
            try {
                Page<AuditEntry> entries = audit.page(filter,
                        PageRequest.at(PageSession.lenient(after, 2, cursor -> after), AUDIT_PAGE));
                String next = entries.next() == null
                        ? null
                        : auditLink(reader, candidateId, referralId, entries.next());
                return Response.ok(page(new AuditView(reader, candidateId, referralId, entries.items(), next),
                        List.of())).build();
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(new AuditView(reader, candidateId, referralId,
                        List.of(), null), FormErrors.of(e, "audit"))).build();
            }
        });
    }

    /** The access request form. */
    @GET
    @Path("/subjects")
    @Operation(hidden = true)
    public Response subjectsForm() {
        return guarded(officer -> Response.ok(Templates.subjects(language.code(), null, null, null, List.of())
                .setLocale(language.locale())).build());
    }

    /**
     * An access request (Art. 15): everything Relay holds about the person with this email or phone. A form post, so
     * the address is in no URL (history, logs).
     */
    @POST
    @Path("/subjects")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response subjects(@FormParam("email") String email, @FormParam("phone") String phone) {
        return guarded(officer -> {
            try {
                SubjectReport report = subjects.find(officer, SubjectQuery.of(email, phone));
                return Response.ok(Templates.subjects(language.code(), email, phone, report, List.of())
                        .setLocale(language.locale())).build();
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(Templates.subjects(language.code(), email, phone, null,
                        FormErrors.of(e, "email")).setLocale(language.locale())).build();
            }
        });
    }

    /** The same report as a JSON file, to send to the person who asked. */
    @POST
    @Path("/subjects.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response subjectsFile(@FormParam("email") String email, @FormParam("phone") String phone) {
        return guarded(officer -> {
            try {
                SubjectReport report = subjects.find(officer, SubjectQuery.of(email, phone));
                return Response.ok(json.writerWithDefaultPrettyPrinter().writeValueAsString(report),
                        MediaType.APPLICATION_JSON_TYPE)
                        .header("Content-Disposition", "attachment; filename=\"relay-access-request.json\"")
                        .header("Cache-Control", "no-store").build();
            } catch (ProblemException e) {
                return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE).entity(Templates.subjects(
                        language.code(), email, phone, null, FormErrors.of(e, "email"))
                        .setLocale(language.locale())).build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("An access report could not be written as JSON", e);
            }
        });
    }

    /** An erasure request (Art. 17): erases the person everywhere and shows the report. */
    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response erase(@FormParam("email") String email, @FormParam("phone") String phone,
            @FormParam("candidateId") String candidateId, @FormParam("confirm") String confirm) {
        return guarded(officer -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            Long candidate = null;
            if (!blank(candidateId)) {
                try {
                    candidate = Long.valueOf(candidateId.strip());
                } catch (NumberFormatException e) {
                    errors.add(new Problem.FieldError("candidateId", "must be a candidate's id"));
                }
            }
            if (!"yes".equals(confirm)) {
                errors.add(new Problem.FieldError("confirm", "confirm that the person asked to be erased"));
            }
            try {
                if (!errors.isEmpty()) {
                    throw new InvalidInput(errors);
                }
                ErasureReport report = erase.erase(officer,
                        new ErasureRequest(blankToNull(email), blankToNull(phone), candidate));
                return Response.ok(Templates.erasure(language.code(), report).setLocale(language.locale())).build();
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(AuditView.NONE, FormErrors.of(e, "email"))).build();
            }
        });
    }

    /** An admin places a legal hold: the person is not anonymised until it is lifted. */
    @POST
    @Path("/holds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response placeHold(@FormParam("kind") String kind, @FormParam("id") String id,
            @FormParam("reason") String reason) {
        return adminOnly(admin -> holds.place(admin.id, kind, id, ControlCharacters.clean(reason)));
    }

    /** An admin lifts a legal hold. */
    @POST
    @Path("/holds/{kind}/{id}/lift")
    @Operation(hidden = true)
    public Response liftHold(@PathParam("kind") String kind, @PathParam("id") String id) {
        return adminOnly(admin -> holds.lift(kind, id));
    }

    private Response adminOnly(Consumer<Account> action) {
        return guarded(officer -> {
            try {
                if (!officer.hasRole(Role.ADMIN)) {
                    throw new NotAllowed("Only admins place and lift legal holds.");
                }
                action.accept(officer);
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(AuditView.NONE, FormErrors.of(e, "hold"))).build();
            }
            return Response.seeOther(URI.create("/privacy#retention")).build();
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : ControlCharacters.clean(value);
    }

    private static String auditLink(String reader, String candidateId, String referralId, String after) {
        StringBuilder link = new StringBuilder("/privacy?after=").append(encoded(after));
        if (reader != null && !reader.isBlank()) {
            link.append("&reader=").append(encoded(reader));
        }
        if (candidateId != null && !candidateId.isBlank()) {
            link.append("&candidateId=").append(encoded(candidateId));
        }
        if (referralId != null && !referralId.isBlank()) {
            link.append("&referralId=").append(encoded(referralId));
        }
        return link.append("#audit").toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Response guarded(Supplier<Response> action) {
        return guarded(officer -> action.get());
    }

    /** For the privacy officer alone ({@link Account#isPrivacyOfficer}): anyone else gets the page's 403. */
    private Response guarded(Function<Account, Response> action) {
        return session.signedIn(reader -> {
            Account officer = Account.findById(reader);
            if (officer == null || !officer.isPrivacyOfficer()) {
                return Response.status(403).type(MediaType.TEXT_HTML_TYPE).entity(Templates.privacy(language.code(),
                        true, AuditView.NONE, List.of(), List.of(), List.of(), List.of()).setLocale(language.locale()))
                        .build();
            }
            return action.apply(officer);
        });
    }

    private TemplateInstance page(AuditView auditView, List<Problem.FieldError> errors) {
        return Templates.privacy(language.code(), false, auditView, retention.dueWithin(THIS_WEEK), holds.list(),
                erasures.page(PageRequest.first(RECENT_ERASURES)).items(), errors).setLocale(language.locale());
    }
}
