package nl.relay.privacy.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.relay.platform.errors.Problem;

/**
 * The words consent is recorded in, for candidates and referrals alike: how the person was informed (Art. 14) and
 * where they came from. New input must use them; sources written as free text before stay readable as they are.
 */
public final class ConsentTerms {

    /** How a person was informed that Relay keeps their details. */
    public static final List<String> INFORMED_HOW = List.of("email", "phone", "in-person", "letter", "other");

    /** Where a person came from. */
    public static final List<String> SOURCES = List.of("own-network", "job-board", "referral", "linkedin", "website",
            "other");

    /** The first moment an informedAt may name. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private ConsentTerms() {
    }

    /** Whether this is one of the known ways of informing someone. */
    public static boolean knownHow(String value) {
        return value != null && INFORMED_HOW.contains(value);
    }

    /** Whether this is one of the known sources. */
    public static boolean knownSource(String value) {
        return value != null && SOURCES.contains(value);
    }

    /**
     * Checks when and how the person was informed, adding field errors under {@code prefix} (such as "consent.");
     * {@code required} says whether they must be given at all.
     */
    public static void checkInformed(String prefix, Instant informedAt, String informedHow, boolean required,
            Instant now, List<Problem.FieldError> errors) {
        if (informedAt == null) {
            if (required) {
                errors.add(new Problem.FieldError(prefix + "informedAt", "is required: when the person was informed"));
            }
        } else if (informedAt.isAfter(now.plus(Duration.ofDays(1))) || informedAt.isBefore(EARLIEST)) {
            errors.add(new Problem.FieldError(prefix + "informedAt",
                    "must be a moment this century and not in the future"));
        }
        if (informedHow == null || informedHow.isBlank()) {
            if (required) {
                errors.add(new Problem.FieldError(prefix + "informedHow", "is required: one of " + list(INFORMED_HOW)));
            }
        } else if (!knownHow(informedHow.strip())) {
            errors.add(new Problem.FieldError(prefix + "informedHow", "must be one of " + list(INFORMED_HOW)));
        }
    }

    /** Checks the source (required), adding a field error under {@code prefix}. */
    public static void checkSource(String prefix, String source, List<Problem.FieldError> errors) {
        if (source == null || !knownSource(source.strip())) {
            errors.add(new Problem.FieldError(prefix + "source", "is required: one of " + list(SOURCES)));
        }
    }

    private static String list(List<String> values) {
        return String.join(", ", values);
    }
}
