package nl.relay.web.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.relay.alerts.Alert;
import nl.relay.alerts.AlertDetails;
import nl.relay.alerts.CreateAlert;
import nl.relay.directory.Sector;
import nl.relay.directory.SectorView;
import nl.relay.platform.errors.MalformedRequest;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostKind;
import nl.relay.posts.StreamFilter;
import nl.relay.search.SavedSearch;
import nl.relay.search.Search;
import nl.relay.search.SearchCounts;
import nl.relay.search.SearchCriteria;
import nl.relay.search.SearchParameters;
import nl.relay.search.feed.SearchFeedAddress;
import nl.relay.search.query.Highlights;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /search}: the archive searched with the alert query language, with highlights, newest or best first,
 * filters with their counts, the syntax explained, a feed, and "save as alert".
 */
@Path("/search")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    /** A hit as the page shows it: the post's card and the passages that show what was found. */
    public record HitCard(PostCard card, List<Highlights.Passage> passages) {
    }

    /** A value to narrow the search to, with its count, and whether it is the one chosen now. */
    public record FacetLink(String label, long count, String href, boolean chosen) {
    }

    /** The counts beside one filter. */
    public record Facet(String name, List<FacetLink> values) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance search(String lang, SearchLink link, boolean searched,
                List<Problem.FieldError> errors, List<HitCard> hits, Integer total, String nextLink,
                List<Facet> facets, int counted, List<SectorView> sectors, List<String> kinds);
    }

    private final PageSession session;
    private final Search search;
    private final SearchCounts counts;
    private final SearchFeedAddress feedAddress;
    private final CreateAlert createAlert;
    private final RequestLanguage language;

    SearchPage(PageSession session, Search search, SearchCounts counts, SearchFeedAddress feedAddress,
            CreateAlert createAlert, RequestLanguage language) {
        this.session = session;
        this.search = search;
        this.counts = counts;
        this.feedAddress = feedAddress;
        this.createAlert = createAlert;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response page(@BeanParam SearchParameters parameters, @BeanParam StreamFilter filter,
            @QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> {
            SearchLink link = SearchLink.of(parameters, filter);
            if (isEmpty(parameters, filter)) {
                return Response.ok(render(link, false, List.of(), List.of(), null, null, List.of(), 0)).build();
            }
            try {
                SearchCriteria criteria = search.criteria(parameters, filter);
                Search.Found found = find(reader, criteria, cursor);
                SearchCounts.Counts counted = counts.count(reader, criteria);
                List<HitCard> hits = found.hits().stream()
                        .map(hit -> new HitCard(PostCard.of(hit.post()), hit.passages())).toList();
                return Response.ok(render(link, true, List.of(), hits, found.total(),
                        found.next() == null ? null : link.page(found.next()), facets(link, counted),
                        counted.counted())).build();
            } catch (ProblemException e) {
                return Response.status(e.status())
                        .entity(render(link, true, FormErrors.of(e, "q"), List.of(), null, null, List.of(), 0))
                        .build();
            }
        });
    }

    /** The feed of this search: its private address, with the reader's feed token, which the link leads to. */
    @GET
    @Path("/feed")
    @Operation(hidden = true)
    public Response feed(@BeanParam SearchParameters parameters, @BeanParam StreamFilter filter) {
        return session.signedIn(reader -> Response
                .seeOther(URI.create(feedAddress.of(reader, parameters, filter).url())).build());
    }

    /** A new feed token: every search feed address given out before stops working; back to the search. */
    @POST
    @Path("/feed/renew")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response renewFeed(@FormParam("back") String back) {
        return session.signedIn(reader -> {
            feedAddress.renew(reader, new SearchParameters(), new StreamFilter());
            return Response.seeOther(backToSearch(back)).build();
        });
    }

    /** Saves the search as an alert in one step (instant, in the app), then shows the alert. */
    @POST
    @Path("/alert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveAsAlert(@FormParam("q") String q, @FormParam("kind") String kind,
            @FormParam("client") String client, @FormParam("sector") String sector,
            @FormParam("author") String author, @FormParam("group") String group, @FormParam("topic") String topic) {
        return session.signedIn(reader -> {
            StreamFilter filter = new StreamFilter();
            filter.kind = kind;
            filter.client = client;
            filter.sector = sector;
            filter.author = author;
            filter.group = group;
            filter.topic = topic;
            SearchParameters parameters = new SearchParameters();
            parameters.q = q;
            String query = SavedSearch.alertQuery(q, filter);
            try {
                Alert alert = createAlert.create(reader,
                        new AlertDetails(SavedSearch.alertName(query.isEmpty() ? "?" : query), query, null, null,
                                null));
                return Response.seeOther(URI.create("/alerts/" + alert.id)).build();
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(render(SearchLink.of(parameters, filter), true,
                        FormErrors.of(e, "q"), List.of(), null, null, List.of(), 0)).build();
            }
        });
    }

    /** Where to go back to: a search of this site (the form sends the one on screen), else the empty search. */
    private static URI backToSearch(String back) {
        if (back != null && back.matches("/search(\\?[A-Za-z0-9%&=+._~*'()!$,;:@/?-]*)?")) {
            try {
                return URI.create(back);
            } catch (IllegalArgumentException e) {
                // not an address after all
            }
        }
        return URI.create("/search");
    }

    /** A page of hits; a damaged cursor in a link starts from the first page. */
    private Search.Found find(long reader, SearchCriteria criteria, String cursor) {
        PageRequest page = PageRequest.at(cursor, PageRequest.DEFAULT_LIMIT);
        try {
            return search.find(reader, criteria, page);
        } catch (MalformedRequest e) {
            return search.find(reader, criteria, PageRequest.first(PageRequest.DEFAULT_LIMIT));
        }
    }

    private static boolean isEmpty(SearchParameters parameters, StreamFilter filter) {
        return SearchLink.of(parameters, filter).parameters().keySet().stream().allMatch(name -> name.equals("sort"));
    }

    private List<Facet> facets(SearchLink link, SearchCounts.Counts counted) {
        List<Facet> facets = new ArrayList<>();
        for (Map.Entry<String, List<SearchCounts.Count>> facet : counted.facets().entrySet()) {
            String name = facet.getKey();
            if (facet.getValue().isEmpty()) {
                continue;
            }
            List<FacetLink> values = new ArrayList<>();
            for (SearchCounts.Count count : facet.getValue()) {
                boolean chosen = name.equals("month")
                        ? link.value("from").startsWith(count.value())
                        : count.value().equalsIgnoreCase(link.value(name));
                String href = name.equals("month") ? month(link, count.value()) : link.with(name, count.value());
                values.add(new FacetLink(count.label(), count.count(), href, chosen));
            }
            facets.add(new Facet(name, values));
        }
        return facets;
    }

    /** The search narrowed to one month (2026-03): from its first day to its last. */
    private static String month(SearchLink link, String month) {
        java.time.YearMonth ym = java.time.YearMonth.parse(month);
        return new SearchLink(withDates(link, ym.atDay(1).toString(), ym.atEndOfMonth().toString())).at("/search");
    }

    private static Map<String, String> withDates(SearchLink link, String from, String to) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(link.parameters());
        parameters.put("from", from);
        parameters.put("to", to);
        return parameters;
    }

    private TemplateInstance render(SearchLink link, boolean searched, List<Problem.FieldError> errors,
            List<HitCard> hits, Integer total, String nextLink, List<Facet> facets, int counted) {
        boolean english = language.isEnglish();
        List<SectorView> sectors = Sector.inOrder().stream().map(s -> SectorView.from(s, english)).toList();
        List<String> kinds = Arrays.stream(PostKind.values()).map(PostKind::toString).toList();
        return Templates.search(language.code(), link, searched, errors, hits, total, nextLink, facets, counted,
                sectors, kinds).setLocale(language.locale());
    }
}
