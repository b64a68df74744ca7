package nl.relay.recruitment.candidates;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.recruitment.Region;
import nl.relay.recruitment.Skills;

/** The candidate board's filters, as query parameters; all optional and combined with AND. */
public class CandidateFilter {

    /** Candidates with this skill (any case); repeated, with all of them. */
    @QueryParam("skill")
    public List<String> skill = new ArrayList<>();

    /** Candidates in this region, or for a province also in its cities (a code from /api/regions). */
    @QueryParam("region")
    public String region;

    /** Candidates available on or before this date (yyyy-mm-dd). */
    @QueryParam("availableBefore")
    public String availableBefore;

    /** available (default), in-process, placed or withdrawn. */
    @QueryParam("status")
    public String status;

    /** Words that must all appear in the title, summary or skills (any case). */
    @QueryParam("q")
    public String q;

    public static CandidateFilter of(List<String> skills, String region, String availableBefore, String status,
            String q) {
        CandidateFilter filter = new CandidateFilter();
        filter.skill = skills == null ? new ArrayList<>() : skills;
        filter.region = region;
        filter.availableBefore = availableBefore;
        filter.status = status;
        filter.q = q;
        return filter;
    }

    /** The filters checked: an invalid value is a 422 naming its parameter. */
    Checked checked() {
        List<String> skills = List.of();
        List<String> given = skill == null
                ? List.of()
                : skill.stream().filter(s -> s != null && !s.isBlank())
                        .toList();
        if (!given.isEmpty()) {
            skills = Skills.checked("skill", given);
        }
        String regionCode = blank(region) ? null : Region.checked("region", region).code;
        LocalDate before = null;
        if (!blank(availableBefore)) {
            try {
                before = LocalDate.parse(availableBefore.strip());
                if (before.getYear() < 1 || before.getYear() > 9999) {
                    throw new InvalidInput("availableBefore", "must be a date: yyyy-mm-dd");
                }
            } catch (DateTimeParseException e) {
                throw new InvalidInput("availableBefore", "must be a date: yyyy-mm-dd");
            }
        }
        CandidateStatus wanted = blank(status)
                ? CandidateStatus.AVAILABLE
                : CandidateStatus.parse(status.strip().toLowerCase(Locale.ROOT)).orElseThrow(
                        () -> new InvalidInput("status", "must be one of: " + CandidateStatus.known()));
        List<String> words = blank(q)
                ? List.of()
                : List.of(q.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.size() > 10 || (q != null && q.length() > 200)) {
            throw new InvalidInput("q", "is too long: at most 10 words, 200 characters");
        }
        return new Checked(skills, regionCode, before, wanted, words);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The filters as the query uses them. */
    record Checked(List<String> skills, String region, LocalDate availableBefore, CandidateStatus status,
            List<String> words) {
    }
}
