package nl.relay.community.questions;

import nl.relay.groups.GroupAccess;
import nl.relay.posts.Post;
import nl.relay.posts.PostKind;

/** Who may accept an answer to a question: its asker, or an owner or admin of the group it was asked in. */
public final class QuestionAuthority {

    private QuestionAuthority() {
    }

    public static boolean mayAccept(long accountId, Post question) {
        if (question.authorId == accountId) {
            return true;
        }
        return question.groupId != null && GroupAccess.manages(question.groupId, accountId);
    }

    /** A question that still stands: the root of its thread, of kind question, not removed. */
    public static boolean isOpenToAnswers(Post post) {
        return post.isRoot() && PostKind.QUESTION.toString().equals(post.kind) && !post.deleted;
    }
}
