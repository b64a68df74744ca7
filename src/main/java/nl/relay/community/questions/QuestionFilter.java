package nl.relay.community.questions;

import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.http.QueryFlag;
import nl.relay.posts.PostText;

/**
 * The filters of the question list, as query parameters: {@code open} (true: only questions without an accepted
 * answer), {@code topic} (a #topic, with or without '#') and {@code group} (a group id). Without topic and group the
 * list holds the questions in the reader's own topics and groups. Read leniently nowhere: a bad value is a 422.
 */
public class QuestionFilter {

    @QueryParam("open")
    String open;

    @QueryParam("topic")
    String topic;

    @QueryParam("group")
    String group;

    public QuestionFilter() {
    }

    /** The filters a page asks for. */
    public static QuestionFilter of(boolean open, String topic, String group) {
        QuestionFilter filter = new QuestionFilter();
        filter.open = Boolean.toString(open);
        filter.topic = topic;
        filter.group = group;
        return filter;
    }

    boolean onlyOpen() {
        return QueryFlag.parse("open", open);
    }

    Optional<String> topic() {
        if (topic == null || topic.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(PostText.normaliseTopic(topic.strip())
                .orElseThrow(() -> new InvalidInput("topic", "is not a valid topic")));
    }

    Optional<Long> group() {
        if (group == null || group.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(group.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInput("group", "must be a number");
        }
    }
}
