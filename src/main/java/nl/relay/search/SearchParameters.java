package nl.relay.search;

import jakarta.ws.rs.QueryParam;

/** A search's own query parameters; the stream's filters and the page come apart. */
public class SearchParameters {

    /** The alert query language: words, "phrases", OR, NOT, -word, parentheses, fields. */
    @QueryParam("q")
    public String q;

    /** newest (default) or relevance. */
    @QueryParam("sort")
    public String sort;

    /** Posts written on or after this day (2026-03-31), in the company's time zone. */
    @QueryParam("from")
    public String from;

    /** Posts written on or before this day. */
    @QueryParam("to")
    public String to;
}
