package nl.relay.recruitment.matches;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.relay.platform.database.Row;

/**
 * A candidate or vacancy as matching sees it: its anonymous profile (never the person behind a candidate), its
 * owner and its post, read from the candidate and vacancy tables.
 */
public record MatchItem(Side side, long id, long postId, long ownerId, String ownerUsername, String ownerName,
        String title, String text, List<String> skills, String regionCode, int hoursPerWeek, String status,
        Instant createdAt, String seniority, LocalDate availableFrom, List<String> contractTypes, Long clientId,
        String clientName) {

    /** Which of the two a match item is; a candidate fits vacancies and a vacancy fits candidates. */
    public enum Side {

        CANDIDATE, VACANCY;

        public Side other() {
            return this == CANDIDATE ? VACANCY : CANDIDATE;
        }
    }

    private static final String SEPARATOR = "\u001f";

    /** The columns {@link #of(Row)} reads, for a candidate under alias {@code c} and its owner under {@code a}. */
    static final String CANDIDATE_COLUMNS = """
            'candidate' as side, c.id, c.post_id, c.owner_id, a.username as owner_username,
            a.display_name as owner_name, c.title, c.summary as text, array_to_string(c.skills, chr(31)) as skills,
            c.region_code, c.hours_per_week, c.status, c.created_at, c.seniority,
            cast(c.available_from as text) as available_from,
            array_to_string(c.contract_types, chr(31)) as contract_types,
            cast(null as bigint) as client_id, cast(null as text) as client_name""";

    /** The columns {@link #of(Row)} reads, for a vacancy under {@code v}, its owner {@code a}, its client {@code k}. */
    static final String VACANCY_COLUMNS = """
            'vacancy' as side, v.id, v.post_id, v.owner_id, a.username as owner_username,
            a.display_name as owner_name, v.title, v.description as text, array_to_string(v.skills, chr(31)) as skills,
            v.region_code, v.hours_per_week, v.status, v.created_at, cast(null as text) as seniority,
            cast(null as text) as available_from, v.contract_type as contract_types,
            k.id as client_id, k.name as client_name""";

    static MatchItem of(Row row) {
        String availableFrom = row.text("available_from");
        return new MatchItem("candidate".equals(row.text("side")) ? Side.CANDIDATE : Side.VACANCY,
                row.longValue("id"), row.longValue("post_id"), row.longValue("owner_id"), row.text("owner_username"),
                row.text("owner_name"), row.text("title"), row.text("text"), split(row.text("skills")),
                row.text("region_code"), row.intValue("hours_per_week"), row.text("status"),
                row.instant("created_at"), row.text("seniority"),
                availableFrom == null ? null : LocalDate.parse(availableFrom), split(row.text("contract_types")),
                row.nullableLong("client_id"), row.text("client_name"));
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(SEPARATOR)).filter(s -> !s.isBlank()).toList();
    }
}
