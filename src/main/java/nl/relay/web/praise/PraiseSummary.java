package nl.relay.web.praise;

/** A link from a person's page to the praise they received, with how many of those the reader may see. */
public record PraiseSummary(String href, int count) {

    public static PraiseSummary of(String username, int count) {
        return new PraiseSummary("/people/" + username + "/praise", count);
    }
}
