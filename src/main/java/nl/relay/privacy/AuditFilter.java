package nl.relay.privacy;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;

/**
 * The filters of the read audit as query parameters: one candidate or one referral, one reader (username), a time
 * range ({@code from} inclusive, {@code to} exclusive, ISO-8601 instants). Invalid values are a 422.
 */
public class AuditFilter {

    @QueryParam("candidateId")
    String candidateId;

    @QueryParam("referralId")
    String referralId;

    @QueryParam("reader")
    String reader;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    /** The checked filter. */
    Checked checked() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Long candidate = id("candidateId", candidateId, errors);
        Long referral = id("referralId", referralId, errors);
        if (candidate != null && referral != null) {
            errors.add(new Problem.FieldError("referralId", "give candidateId or referralId, not both"));
        }
        String username = blank(reader) ? null : reader.trim();
        if (username != null && !username.matches("[a-z0-9._-]{2,30}")) {
            errors.add(new Problem.FieldError("reader", "must be a username"));
        }
        Instant since = instant("from", from, errors);
        Instant until = instant("to", to, errors);
        if (since != null && until != null && !since.isBefore(until)) {
            errors.add(new Problem.FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        SubjectKind kind = candidate != null ? SubjectKind.CANDIDATE : referral != null ? SubjectKind.REFERRAL : null;
        return new Checked(kind, candidate != null ? candidate : referral, username, since, until);
    }

    /** A checked filter; null fields do not filter. */
    record Checked(SubjectKind kind, Long subjectId, String reader, Instant from, Instant to) {
    }

    private static Long id(String field, String value, List<Problem.FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(field, "must be a positive whole number"));
        return null;
    }

    private static Instant instant(String field, String value, List<Problem.FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be an ISO-8601 instant, such as 2026-01-31T09:00:00Z"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
