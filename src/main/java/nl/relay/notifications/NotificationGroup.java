package nl.relay.notifications;

import java.time.Instant;
import java.util.List;
import nl.relay.posts.PostView;

/**
 * Notifications about one thing, shown as one entry: a post (its mention, alert matches, reminders, and the
 * replies to it), a group's requests, or one alert summary. {@code post} is what the entry quotes (null when
 * it is about no post); {@code notices} are its sentences, one per kind of news, newest first.
 */
public record NotificationGroup(List<Long> ids, PostView post, List<Notice> notices, boolean unread,
        boolean mustRead, boolean acknowledged, Instant latest) {

    /** The newest notification of the entry. */
    public long firstId() {
        return ids.get(0);
    }

    /** The other notifications of the entry, marked read with the first. */
    public List<Long> otherIds() {
        return ids.subList(1, ids.size());
    }

    /**
     * One sentence's ingredients: what happened ({@code type}, as in {@link NotificationView}), who did it
     * (the newest actor's name, null when unknown) and how many others did the same; for a reply, whether it
     * was to the reader's own post; the alert or the group it concerns. For a match, {@code about} is the kind of
     * the new post (candidate or vacancy) and {@code title} the title of the reader's own vacancy or candidate it
     * fits (null when unknown); for a retention warning, {@code about} and {@code title} are the reader's own post's
     * kind and title, and {@code due} when its person(s) will be anonymised.
     */
    public record Notice(String type, String who, int others, boolean toMyPost, NotificationView.AlertRef alert,
            NotificationView.GroupRef group, String about, String title, Instant due) {

        public Notice(String type, String who, int others, boolean toMyPost, NotificationView.AlertRef alert,
                NotificationView.GroupRef group, String about, String title) {
            this(type, who, others, toMyPost, alert, group, about, title, null);
        }

        public Notice(String type, String who, int others, boolean toMyPost, NotificationView.AlertRef alert,
                NotificationView.GroupRef group) {
            this(type, who, others, toMyPost, alert, group, null, null);
        }
    }
}
