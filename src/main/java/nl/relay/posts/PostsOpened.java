package nl.relay.posts;

import java.util.List;

/** A reader opened these posts (one by id, or a whole thread): what told them about them is now read. */
public record PostsOpened(long readerId, List<Long> postIds) {
}
