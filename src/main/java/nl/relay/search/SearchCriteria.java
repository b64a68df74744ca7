package nl.relay.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.QueryDate;
import nl.relay.posts.PostFilters;
import nl.relay.posts.PostKind;
import nl.relay.posts.StreamFilter;
import nl.relay.search.query.Lexemes;
import nl.relay.search.query.SearchQuery;

/**
 * What a search asks: the query (absent when only filters are given), the stream's filters, a date range and the
 * order. Checked as it is read: what cannot be used is a 422 naming the parameter.
 */
public record SearchCriteria(SearchQuery query, StreamFilter filter, Instant from, Instant until, Sort sort) {

    /** Newest first, or the best matches first. */
    public enum Sort {
        NEWEST, RELEVANCE
    }

    public static SearchCriteria of(SearchParameters parameters, StreamFilter filter, ZoneId zone) {
        String q = parameters.q == null ? "" : parameters.q.strip();
        Instant from = date("from", parameters.from, zone, false);
        Instant until = date("to", parameters.to, zone, true);
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidInput("to", "must not be before from");
        }
        Sort sort = sort(parameters.sort);
        if (q.isEmpty()) {
            if (!hasFilter(filter) && from == null && until == null) {
                throw new InvalidInput(List.of(new Problem.FieldError("q",
                        "must not be empty: give the words to look for, or a filter", null)));
            }
            return new SearchCriteria(null, filter, from, until, Sort.NEWEST);
        }
        return new SearchCriteria(SearchQuery.parse(q), filter, from, until, sort);
    }

    /** What a saved query finds among the posts written before a moment: an alert's earlier posts. */
    public static SearchCriteria before(String query, Instant moment) {
        return new SearchCriteria(SearchQuery.parse(query), new StreamFilter(), null, moment, Sort.NEWEST);
    }

    static boolean hasFilter(StreamFilter filter) {
        return present(filter.author) || present(filter.topic) || present(filter.kind) || present(filter.client)
                || present(filter.sector) || present(filter.group);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return Sort.NEWEST;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "newest" -> Sort.NEWEST;
            case "relevance" -> Sort.RELEVANCE;
            default -> throw new InvalidInput("sort", "must be newest or relevance");
        };
    }

    /** A day (2026-03-31) in the company's time zone: its start, or for the end of a range the next day's start. */
    private static Instant date(String field, String value, ZoneId zone, boolean endOfDay) {
        LocalDate day = QueryDate.parse(field, value);
        if (day == null) {
            return null;
        }
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
    }

    /**
     * The SQL conditions of the filters, the dates and the query, on the post table under alias {@code p}. With a
     * query, the kind is asked of the word index as the term {@code kind=vacancy} rather than of the kind column:
     * a kind is one of five, and PostgreSQL would otherwise AND the words' few posts with a fifth of the archive.
     */
    String conditions(java.util.Map<String, Object> parameters) {
        return conditions(parameters, true);
    }

    /**
     * The same conditions; when {@code viaIndex} is false, the words are checked on each row read and never asked
     * of the word index (for reading a few hundred of the newest posts straight).
     */
    String conditions(java.util.Map<String, Object> parameters, boolean viaIndex) {
        StreamFilter columns = filter;
        String tsquery = query == null ? null : query.tsquery();
        String indexable = query == null ? null : query.indexable();
        if (query != null && present(filter.kind)) {
            String kind = PostKind.parse(filter.kind.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new InvalidInput("kind",
                            "must be one of: note, question, candidate, vacancy, signal"))
                    .toString();
            String kindTerm = Lexemes.quoted(Lexemes.of(AlertAnalysis.KIND, kind));
            tsquery = "(" + tsquery + ") & " + kindTerm;
            indexable = indexable == null ? null : "(" + indexable + ") & " + kindTerm;
            columns = withoutKind(filter);
        }
        StringBuilder where = new StringBuilder(PostFilters.conditions(columns, parameters, true));
        if (from != null) {
            where.append(" and p.created_at >= :from");
            parameters.put("from", from);
        }
        if (until != null) {
            where.append(" and p.created_at < :until");
            parameters.put("until", until);
        }
        if (tsquery != null && indexable != null) {
            // The looser query is asked of the word index; the query itself is checked on what it finds.
            where.append(viaIndex ? " and p.search_terms @@ cast(:indexable as tsquery)" : "")
                    .append(" and (p.search_terms @@ cast(:tsquery as tsquery)) is true");
            if (viaIndex) {
                parameters.put("indexable", indexable);
            }
            parameters.put("tsquery", tsquery);
        } else if (tsquery != null) {
            where.append(viaIndex
                    ? " and p.search_terms @@ cast(:tsquery as tsquery)"
                    : " and (p.search_terms @@ cast(:tsquery as tsquery)) is true");
            parameters.put("tsquery", tsquery);
        }
        return where.toString();
    }

    private static StreamFilter withoutKind(StreamFilter filter) {
        StreamFilter copy = new StreamFilter();
        copy.author = filter.author;
        copy.topic = filter.topic;
        copy.client = filter.client;
        copy.sector = filter.sector;
        copy.group = filter.group;
        return copy;
    }
}
