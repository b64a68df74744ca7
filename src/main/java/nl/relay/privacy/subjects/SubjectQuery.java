package nl.relay.privacy.subjects;

import nl.relay.platform.errors.MalformedRequest;
import nl.relay.recruitment.candidates.PersonKeys;

/**
 * Whom an access request is about: one e-mail address or one phone number, as the person gave it. Normalised as
 * candidate records are ({@link PersonKeys}): the address in lower case, the number as +31... digits.
 */
public record SubjectQuery(String email, String phone) {

    /**
     * The query for exactly one of the two; neither, both, or one that is no plausible address or number is a
     * malformed request (400).
     */
    public static SubjectQuery of(String email, String phone) {
        boolean byEmail = email != null && !email.isBlank();
        boolean byPhone = phone != null && !phone.isBlank();
        if (byEmail == byPhone) {
            throw new MalformedRequest("Give exactly one of email or phone.");
        }
        if (byEmail) {
            String trimmed = email.strip();
            if (!PersonKeys.plausibleEmail(trimmed)) {
                throw new MalformedRequest("email is not an e-mail address.");
            }
            return new SubjectQuery(PersonKeys.email(trimmed), null);
        }
        String trimmed = phone.strip();
        if (!PersonKeys.plausiblePhone(trimmed)) {
            throw new MalformedRequest("phone is not a phone number (8 to 15 digits, spaces, dashes, a leading +).");
        }
        return new SubjectQuery(null, PersonKeys.phone(trimmed));
    }

    /** Never the person's details in a log line. */
    @Override
    public String toString() {
        return "SubjectQuery[hidden]";
    }
}
