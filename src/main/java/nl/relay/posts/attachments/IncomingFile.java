package nl.relay.posts.attachments;

/** A file as it arrives (upload part or mail attachment): its name as the sender gave it and its bytes. */
public record IncomingFile(String filename, byte[] content) {
}
