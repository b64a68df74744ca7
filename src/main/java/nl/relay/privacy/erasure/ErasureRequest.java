package nl.relay.privacy.erasure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom to erase: by email, phone or candidate id (any of them, at least one). */
public record ErasureRequest(@Schema(nullable = true, description = "The person's email, in any case") String email,
        @Schema(nullable = true, description = "The person's phone, in any notation (06-12345678, +31 6 12345678)") String phone,
        @Schema(nullable = true, description = "A candidate offer of the person") Long candidateId,
        @Schema(nullable = true, description = "Erase even though a legal hold is placed on the person (admins "
                + "only; the report names the holds overridden)") Boolean overrideHold) {

    /** A request that respects legal holds. */
    public ErasureRequest(String email, String phone, Long candidateId) {
        this(email, phone, candidateId, null);
    }

    /** Whether the request asks to erase despite a legal hold. */
    boolean overridesHold() {
        return Boolean.TRUE.equals(overrideHold);
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]*");

    /** This request if it names someone in a valid way; else a 422 naming each invalid field (and never its value). */
    ErasureRequest checked() {
        List<Problem.FieldError> errors = new ArrayList<>();
        String mail = blank(email) ? null : email.strip();
        String number = blank(phone) ? null : phone.strip();
        if (mail == null && number == null && candidateId == null) {
            errors.add(new Problem.FieldError("email", "give an email, a phone or a candidateId"));
        }
        if (mail != null && (mail.length() > 254 || !EMAIL.matcher(mail).matches())) {
            errors.add(new Problem.FieldError("email", "must be an email address"));
        }
        if (number != null) {
            long digits = number.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(number).matches() || digits < 8 || digits > 15) {
                errors.add(new Problem.FieldError("phone", "must be a phone number of 8 to 15 digits"));
            }
        }
        if (candidateId != null && candidateId <= 0) {
            errors.add(new Problem.FieldError("candidateId", "must be a candidate's id"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new ErasureRequest(mail, number, candidateId, overrideHold);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Never the person's details in a log line. */
    @Override
    public String toString() {
        return "ErasureRequest[candidateId=" + candidateId + ", overrideHold=" + overrideHold + "]";
    }
}
