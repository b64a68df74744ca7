package nl.relay.web.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.privacy.AuditEntry;
import nl.relay.privacy.AuditFilter;
import nl.relay.privacy.AuditLog;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.Viewer;
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

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance privacy(String lang, boolean forbidden, AuditView audit,
                List<Problem.FieldError> errors);
    }

    /** The audit section: the filters as given, one page of entries and the link to the next. */
    public record AuditView(String reader, String candidateId, String referralId, List<AuditEntry> entries,
            String nextLink) {

        static final AuditView NONE = new AuditView(null, null, null, List.of(), null);
    }

    private final PageSession session;
    private final Viewer viewer;
    private final RequestLanguage language;
    private final AuditLog audit;

    PrivacyPage(PageSession session, Viewer viewer, RequestLanguage language, AuditLog audit) {
        this.session = session;
        this.viewer = viewer;
        this.language = language;
        this.audit = audit;
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
        return session.signedIn(reader -> {
            if (!viewer.isPrivacyOfficer()) {
                return Response.status(403).entity(Templates.privacy(language.code(), true, AuditView.NONE,
                        List.of()).setLocale(language.locale())).build();
            }
            return action.get();
        });
    }

    private TemplateInstance page(AuditView auditView, List<Problem.FieldError> errors) {
        return Templates.privacy(language.code(), false, auditView, errors).setLocale(language.locale());
    }
}
