package nl.relay.posts;

import jakarta.ws.rs.QueryParam;

/** The company stream's filters, as query parameters; all optional and combined with AND. */
public class StreamFilter {

    /** Posts by this username. */
    @QueryParam("author")
    public String author;

    /** Posts with this #topic (with or without the '#', any case). */
    @QueryParam("topic")
    public String topic;

    /** Posts of this kind: note, question, candidate, vacancy or signal. */
    @QueryParam("kind")
    public String kind;

    /** Posts about this client (its id). */
    @QueryParam("client")
    public String client;

    /** Posts about this sector (its code), directly or through their client. */
    @QueryParam("sector")
    public String sector;

    /** Posts in this group (its id). */
    @QueryParam("group")
    public String group;
}
