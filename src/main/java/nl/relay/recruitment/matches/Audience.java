package nl.relay.recruitment.matches;

/**
 * For whom matches are found: a reader looking at a candidate's or vacancy's matches (only items whose post they
 * may read), or the owners of fitting items to be told about a new one (each only about an item of someone else,
 * whose post they may read, and only when they may read the new post too).
 */
public record Audience(Long viewerId) {

    public static Audience viewer(long accountId) {
        return new Audience(accountId);
    }

    public static Audience otherOwners() {
        return new Audience(null);
    }

    boolean isViewer() {
        return viewerId != null;
    }
}
