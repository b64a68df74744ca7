package nl.relay.platform.database;

/** Builds SQL LIKE patterns from user text, with the wildcards in it taken literally. */
public final class LikePattern {

    private LikePattern() {
    }

    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    public static String startingWith(String text) {
        return escaped(text) + "%";
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
