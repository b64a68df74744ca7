package nl.relay.community.insight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admins' insight as JSON, and each of its tables as a CSV download. */
@Path("/api/admin/insight")
@Tag(name = "Insight")
public class InsightResource {

    private static final String PERIOD = "from and to are ISO dates (2025-03-31) in relay.insight.time-zone; the "
            + "period is widened to whole ISO weeks (from's Monday to to's Sunday). By default this week and the 11 "
            + "before it. to must not be before from, and at most relay.insight.max-days (731) after it.";

    private final ReadInsight insight;

    InsightResource(ReadInsight insight) {
        this.insight = insight;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Insight for admins", description = "Posts, replies and active people per ISO week; "
            + "must-read acknowledgements; time to a question's first answer; internal mails saved; alert matches per "
            + "client and sector; top topics. Counts include private groups' posts, but nothing of them is shown, "
            + "topics count only posts everyone may read, and nobody is named. " + PERIOD)
    @APIResponse(responseCode = "200", description = "The figures of the period", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightReport.class)))
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "422", description = "from or to is not a date, to is before from, or they are too far apart.")
    public InsightReport read(@QueryParam("from") @Parameter(description = "First day (ISO date)") String from,
            @QueryParam("to") @Parameter(description = "Last day (ISO date)") String to) {
        return insight.read(insight.period(from, to));
    }

    @GET
    @Path("/{table}.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "One table of the insight as CSV", description = "The tables: activity, must-read, "
            + "questions, mail-saved, clients, sectors, topics. RFC 4180, UTF-8, a header row of column names; a "
            + "text cell starting with = + - @ is prefixed with an apostrophe so spreadsheets never run it. " + PERIOD)
    @APIResponse(responseCode = "200", description = "The table", headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"relay-insight-{table}-{from}-{to}.csv\"", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such table.")
    @APIResponse(responseCode = "422", description = "from or to is not a date, to is before from, or they are too far apart.")
    public Response csv(@PathParam("table") String table, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        InsightCsv csv = InsightCsv.named(table)
                .orElseThrow(
                        () -> new NotFound("There is no such insight table; there are " + InsightCsv.names() + "."));
        InsightReport report = insight.read(insight.period(from, to), Set.of(csv.part()));
        return Response.ok(csv.write(report), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + csv.filename(report) + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
