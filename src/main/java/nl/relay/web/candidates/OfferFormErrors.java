package nl.relay.web.candidates;

import io.quarkus.qute.TemplateExtension;
import nl.relay.web.FieldErrors;

/** What only the offer form asks of its refusals. */
@TemplateExtension
final class OfferFormErrors {

    private OfferFormErrors() {
    }

    /** The title or summary was refused because it names the person. */
    static boolean namesPerson(FieldErrors errors, String field) {
        String message = errors.messageOf(field);
        return message != null && message.contains("name the person");
    }
}
