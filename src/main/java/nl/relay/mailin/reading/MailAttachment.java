package nl.relay.mailin.reading;

/** A file carried by a mail, with its decoded filename and the type the mail declared (not trusted). */
public record MailAttachment(String filename, String declaredType, byte[] content) {
}
