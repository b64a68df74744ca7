package nl.relay.web.insight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.community.insight.InsightPeriod;
import nl.relay.community.insight.InsightReport;
import nl.relay.community.insight.ReadInsight;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The admins' insight page: the figures of a period as charts (SVG, drawn here) with a table and a CSV beside each. */
@Path("/admin/insight")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class InsightPage {

    private static final String POSTS_COLOUR = "#1f5f8b";
    private static final String REPLIES_COLOUR = "#7fb3d5";
    private static final String PEOPLE_COLOUR = "#2e7d4f";
    private static final String MUST_READ_COLOUR = "#8a5a00";
    private static final String MAIL_COLOUR = "#6a3d9a";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance insight(String lang, boolean forbidden, String from, String to,
                InsightReport report, List<BarChart> charts, InsightFormat fmt, String csvQuery,
                List<Problem.FieldError> errors);
    }

    private final PageSession session;
    private final Caller caller;
    private final RequestLanguage language;
    private final ReadInsight insight;

    InsightPage(PageSession session, Caller caller, RequestLanguage language, ReadInsight insight) {
        this.session = session;
        this.caller = caller;
        this.language = language;
        this.insight = insight;
    }

    @GET
    @Operation(hidden = true)
    public Response insight(@QueryParam("from") String from, @QueryParam("to") String to) {
        String asked = ControlCharacters.clean(from);
        String until = ControlCharacters.clean(to);
        InsightFormat fmt = new InsightFormat(MessageBundles.get(InsightMessages.class,
                Localized.Literal.of(language.code())), language.locale());
        return session.signedIn(reader -> {
            if (!caller.isAdmin()) {
                return Response.status(403).entity(page(true, asked, until, null, fmt, List.of())).build();
            }
            try {
                InsightPeriod period = insight.period(asked, until);
                InsightReport report = insight.read(period);
                return Response.ok(page(false, report.from().toString(), report.to().toString(), report, fmt,
                        List.of())).build();
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(false, asked, until, null, fmt,
                        FormErrors.of(e, "from"))).build();
            }
        });
    }

    private TemplateInstance page(boolean forbidden, String from, String to, InsightReport report, InsightFormat fmt,
            List<Problem.FieldError> errors) {
        List<BarChart> charts = report == null ? List.of() : charts(report, fmt.words());
        String csvQuery = report == null
                ? ""
                : "?from=" + encoded(report.from().toString()) + "&to="
                        + encoded(report.to().toString());
        return Templates.insight(language.code(), forbidden, from, to, report, charts, fmt, csvQuery, errors)
                .setLocale(language.locale());
    }

    /** The four charts, in the order the page shows them: posts, active people, must-read, mail saved. */
    private List<BarChart> charts(InsightReport report, InsightMessages words) {
        List<String> weeks = report.weeks().stream().map(w -> w.week().substring(w.week().indexOf('-') + 1))
                .toList();
        return List.of(
                new BarChart("posts", words.chart_posts_title(), words.chart_posts_desc(), words.count(), weeks,
                        List.of(series(words.posts(), POSTS_COLOUR, report, f -> (double) f.posts()),
                                series(words.replies(), REPLIES_COLOUR, report, f -> (double) f.replies())),
                        language.locale()),
                new BarChart("active", words.chart_active_title(), words.chart_active_desc(), words.count(), weeks,
                        List.of(series(words.active_people(), PEOPLE_COLOUR, report,
                                f -> (double) f.activePeople())),
                        language.locale()),
                new BarChart("must-read", words.chart_must_read_title(), words.chart_must_read_desc(),
                        words.percent_axis(), weeks,
                        List.of(series(words.acknowledged_share(), MUST_READ_COLOUR, report,
                                f -> f.mustReadAcknowledgedShare() == null
                                        ? null
                                        : f.mustReadAcknowledgedShare() * 100)),
                        language.locale()),
                new BarChart("mail", words.chart_mail_title(), words.chart_mail_desc(), words.count(), weeks,
                        List.of(series(words.mails_saved(), MAIL_COLOUR, report, f -> (double) f.mailsSaved())),
                        language.locale()));
    }

    private static BarChart.Series series(String name, String colour, InsightReport report,
            java.util.function.Function<InsightReport.Figures, Double> value) {
        return new BarChart.Series(name, colour, report.weeks().stream().map(w -> value.apply(w.figures())).toList());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
