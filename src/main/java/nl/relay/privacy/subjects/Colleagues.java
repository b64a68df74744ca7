package nl.relay.privacy.subjects;

import nl.relay.platform.database.Row;
import nl.relay.posts.PostView;

/** Reads an account named in a query row as {prefix}_username, {prefix}_name and {prefix}_former. */
final class Colleagues {

    /** The columns for an account joined as {@code alias}, named after {@code prefix}. */
    static String columns(String alias, String prefix) {
        return "%1$s.username as %2$s_username, %1$s.display_name as %2$s_name, not %1$s.active as %2$s_former"
                .formatted(alias, prefix);
    }

    static PostView.Person read(Row row, String prefix) {
        return new PostView.Person(row.text(prefix + "_username"), row.text(prefix + "_name"),
                row.flag(prefix + "_former"));
    }

    private Colleagues() {
    }
}
