package nl.relay.posts;

/**
 * Who may change a post they can read: only its author edits it; its author or an admin removes it. The
 * use cases ({@link EditPost}, {@link DeletePost}) refuse by this rule and the pages offer the buttons by
 * it, so the two never disagree.
 */
public final class PostAuthority {

    private PostAuthority() {
    }

    public static boolean mayEdit(boolean isAuthor) {
        return isAuthor;
    }

    public static boolean mayRemove(boolean isAuthor, boolean isAdmin) {
        return isAuthor || isAdmin;
    }
}
