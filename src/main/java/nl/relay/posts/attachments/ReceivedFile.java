package nl.relay.posts.attachments;

/**
 * A file that passed the checks, ready to store: its sanitised name, the type detected from its content, its size
 * and its SHA-256 (hex).
 */
public record ReceivedFile(String filename, String contentType, long size, String sha256, byte[] content) {
}
