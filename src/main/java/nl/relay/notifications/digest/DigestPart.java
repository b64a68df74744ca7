package nl.relay.notifications.digest;

import io.quarkus.qute.TemplateInstance;

/**
 * One feature's part of a digest mail: a phrase for the subject, and its HTML (escaped by its template) and
 * plain-text sections. {@link SendDigest} renders them in the recipient's language and puts them together.
 */
public record DigestPart(TemplateInstance subject, TemplateInstance html, TemplateInstance text) {
}
