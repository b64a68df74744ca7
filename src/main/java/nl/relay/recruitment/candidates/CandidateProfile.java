package nl.relay.recruitment.candidates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.text.OneLine;
import nl.relay.recruitment.ContractType;
import nl.relay.recruitment.Region;
import nl.relay.recruitment.Skills;

/**
 * The anonymous profile of a candidate, checked: what offering and changing a candidate both validate, and the
 * readable Dutch text its post shows. The one place the profile's rules and its post text are decided.
 */
record CandidateProfile(String title, String summary, List<String> skills, String seniority,
        LocalDate availableFrom, int hoursPerWeek, Region region, Integer rate, List<String> contractTypes) {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Set<String> SENIORITIES = Set.of("junior", "medior", "senior", "lead");

    /** An offer runs weeks, not years: availability further ahead than this is a typing error. */
    static final int MAX_YEARS_AHEAD = 2;
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl"));

    /** A profile as sent, not yet checked. */
    record Draft(String title, String summary, List<String> skills, String seniority, LocalDate availableFrom,
            Integer hoursPerWeek, String region, Integer rate, List<String> contractTypes) {
    }

    /** Collects the invalid fields of one request, so a client learns them all at once. */
    static final class Checks {

        private final List<Problem.FieldError> errors = new ArrayList<>();

        <T> T check(Supplier<T> check) {
            try {
                return check.get();
            } catch (InvalidInput invalid) {
                errors.addAll(invalid.errors());
                return null;
            }
        }

        void fail(String field, String message) {
            errors.add(new Problem.FieldError(field, message));
        }

        boolean failed(String field) {
            return errors.stream().anyMatch(error -> error.field().equals(field));
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }

    /**
     * The draft checked; every invalid field is added to {@code checks}, and null answered when any is. A new
     * availability date must lie from {@code today} up to {@link #MAX_YEARS_AHEAD} years on; {@code LocalDate.MIN}
     * keeps a date the offer already had (a change that leaves it alone).
     */
    static CandidateProfile checked(Draft draft, LocalDate today, Checks checks) {
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > 120 || !OneLine.Check.holds(title)) {
            checks.fail("title", "is required: one line of 1 to 120 characters");
        }
        String summary = draft.summary() == null ? "" : draft.summary().strip();
        if (summary.isEmpty() || summary.length() > 2000) {
            checks.fail("summary", "is required: 1 to 2,000 characters");
        }
        List<String> skills = checks.check(() -> Skills.checked("skills", draft.skills()));
        String seniority = draft.seniority() == null || draft.seniority().isBlank()
                ? null
                : draft.seniority().strip().toLowerCase(Locale.ROOT);
        if (seniority != null && !SENIORITIES.contains(seniority)) {
            checks.fail("seniority", "must be one of: junior, medior, senior, lead");
        }
        if (draft.availableFrom() == null) {
            checks.fail("availableFrom", "is required: a date (yyyy-mm-dd), today or later");
        } else if (draft.availableFrom().isBefore(today)) {
            checks.fail("availableFrom", "must be today or later");
        } else if (!today.equals(LocalDate.MIN) && draft.availableFrom().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            checks.fail("availableFrom", "must be within " + MAX_YEARS_AHEAD + " years from today");
        }
        if (draft.hoursPerWeek() == null || draft.hoursPerWeek() < 1 || draft.hoursPerWeek() > 60) {
            checks.fail("hoursPerWeek", "is required: a whole number from 1 to 60");
        }
        Region region = checks.check(() -> Region.checked("region", draft.region()));
        if (draft.rate() != null && (draft.rate() < 1 || draft.rate() > 10000)) {
            checks.fail("rate", "must be a whole number of euros per hour from 1 to 10,000");
        }
        List<String> contractTypes = contractTypes(draft.contractTypes(), checks);
        if (checks.errors.isEmpty()) {
            return new CandidateProfile(title, summary, skills, seniority, draft.availableFrom(),
                    draft.hoursPerWeek(), region, draft.rate(), contractTypes);
        }
        return null;
    }

    private static List<String> contractTypes(List<String> given, Checks checks) {
        if (given == null || given.isEmpty()) {
            checks.fail("contractTypes", "needs at least one of: interim, permanent, secondment, freelance");
            return null;
        }
        Set<String> types = new LinkedHashSet<>();
        for (String type : given) {
            if (ContractType.parse(type == null ? null : type.strip().toLowerCase(Locale.ROOT)).isEmpty()) {
                checks.fail("contractTypes", "must each be one of: interim, permanent, secondment, freelance");
                return null;
            }
            types.add(type.strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(types);
    }

    /** The post's text: the title, a line of facts, and the summary. Nothing about the person. */
    String postBody() {
        List<String> facts = new ArrayList<>();
        facts.add("Vaardigheden: " + String.join(", ", skills));
        if (seniority != null) {
            facts.add(capitalised(seniority));
        }
        facts.add("Beschikbaar vanaf " + DUTCH_DATE.format(availableFrom));
        facts.add(hoursPerWeek + " uur per week");
        facts.add(region.nameNl);
        facts.add(capitalised(String.join(", ", contractTypes.stream().map(CandidateProfile::dutch).toList())));
        return title + "\n\n" + String.join(" · ", facts) + "\n\n" + summary;
    }

    private static String dutch(String contractType) {
        return switch (contractType) {
            case "permanent" -> "vast dienstverband";
            case "secondment" -> "detachering";
            default -> contractType;
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
