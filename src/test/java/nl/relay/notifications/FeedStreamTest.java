package nl.relay.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.LiveEvents;
import nl.relay.testing.OtherInstance;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/**
 * The live stream's feed events: a reader's open stream hears of each new post that enters their home
 * feed, and of no other. Absence is checked after a later post the same stream does get (signals are
 * handled in order), never by waiting for nothing.
 */
@QuarkusTest
class FeedStreamTest {

    @TestHTTPResource("/api/notifications/stream")
    URL streamUrl;

    @Inject
    AgroalDataSource dataSource;

    private static void follow(Person reader, Person author) {
        Api.as(reader).put("/api/me/follows/accounts/" + author.username()).then().statusCode(204);
    }

    /** A post the reader's stream will hear of: by someone they follow. */
    private static long marker(Person reader) {
        Person marked = People.employee();
        follow(reader, marked);
        return Posts.publish(marked, "Markering");
    }

    private static String feedEvent(long postId) {
        return "null|{\"postId\":" + postId + "}";
    }

    /** The stream's feed events up to and including the marker post's. */
    private static List<String> upTo(LiveEvents events, long marker) throws InterruptedException {
        List<String> seen = new java.util.ArrayList<>();
        for (String event = events.nextFeed();; event = events.nextFeed()) {
            seen.add(event);
            if (event.equals(feedEvent(marker))) {
                return seen;
            }
        }
    }

    @Test
    void aFollowersOpenStreamHearsOfTheFollowedAuthorsNewPostAndANonFollowersDoesNot() throws Exception {
        Person author = People.employee();
        Person follower = People.employee();
        Person stranger = People.employee();
        follow(follower, author);
        try (LiveEvents following = new LiveEvents(streamUrl, follower.token(), null);
                LiveEvents notFollowing = new LiveEvents(streamUrl, stranger.token(), null)) {
            long post = Posts.publish(author, "Nieuw in de tijdlijn");
            assertEquals(feedEvent(post), following.nextFeed(), "no event id, the post id as data");
            long marker = marker(stranger);
            assertEquals(List.of(feedEvent(marker)), upTo(notFollowing, marker));
            assertTrue(notFollowing.eventNames().stream().allMatch("feed"::equals), "no notification either");
        }
    }

    @Test
    void theAuthorHearsNothingOfTheirOwnPost() throws Exception {
        Person author = People.employee();
        Person follower = People.employee();
        follow(follower, author);
        follow(author, follower);
        try (LiveEvents own = new LiveEvents(streamUrl, author.token(), null)) {
            long post = Posts.publish(author, "Mijn eigen bericht");
            long answer = Posts.publish(follower, "Een bericht terug");
            assertEquals(List.of(feedEvent(answer)), upTo(own, answer), "not " + post);
        }
    }

    @Test
    void aPrivateGroupPostReachesOnlyTheGroupsMembers() throws Exception {
        Person owner = People.employee();
        Person member = People.employee();
        Person followerOutside = People.employee();
        long group = Groups.create(owner, "private");
        Groups.add(owner, group, member);
        follow(followerOutside, owner);
        try (LiveEvents inside = new LiveEvents(streamUrl, member.token(), null);
                LiveEvents outside = new LiveEvents(streamUrl, followerOutside.token(), null)) {
            long post = Posts.publish(owner, "Alleen voor de groep", java.util.Map.of("groupId", group));
            assertEquals(feedEvent(post), inside.nextFeed());
            long marker = marker(followerOutside);
            assertEquals(List.of(feedEvent(marker)), upTo(outside, marker), "the group's post is not theirs to read");
        }
    }

    @Test
    void aMentionAndAPublicGroupPostEnterTheFeedToo() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        long group = Groups.create(author, "public");
        Groups.add(author, group, reader);
        try (LiveEvents events = new LiveEvents(streamUrl, reader.token(), null)) {
            long mention = Posts.publish(author, "Hoi @" + reader.username());
            assertEquals(feedEvent(mention), events.nextFeed());
            long inGroup = Posts.publish(author, "In de groep", java.util.Map.of("groupId", group));
            assertEquals(feedEvent(inGroup), events.nextFeed());
        }
    }

    @Test
    void anotherInstancesSignalReachesTheReadersListeningHere() throws Exception {
        Person author = People.employee();
        Person follower = People.employee();
        follow(follower, author);
        long post = Posts.publish(author, "Al afgeleverd");
        long other = Posts.publish(author, "Nog een");
        try (LiveEvents events = new LiveEvents(streamUrl, follower.token(), null)) {
            // Whatever this instance signals itself has been heard once the later marker post is.
            upTo(events, marker(follower));
            // What another instance's delivery sends after it commits: only the ids, this instance asks who.
            OtherInstance.signalsFeed(dataSource, post, other);
            assertEquals(feedEvent(post), events.nextFeed());
            assertEquals(feedEvent(other), events.nextFeed());
        }
    }
}
