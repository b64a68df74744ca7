package nl.relay.recruitment.matches;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.relay.recruitment.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Matches as the API shows them: the anonymous profile of what fits, never the person behind a candidate. */
public final class MatchViews {

    private MatchViews() {
    }

    /** A region by its code and its name in the reader's language. */
    public record RegionRef(String code, String name) {
    }

    /** Who offers the candidate or posted the vacancy. */
    public record Owner(String username, String displayName) {
    }

    /** A client a vacancy is at. */
    public record ClientRef(long id, String name) {
    }

    /** A candidate's anonymous profile, as its post shows it. */
    public record CandidateProfile(long id, long postId, String title, String summary, List<String> skills,
            @Schema(nullable = true, enumeration = {
                    "junior", "medior", "senior", "lead"}) String seniority,
            LocalDate availableFrom, int hoursPerWeek, RegionRef region, List<String> contractTypes,
            @Schema(enumeration = {"available", "in-process", "placed", "withdrawn"}) String status, Owner owner,
            Instant createdAt) {
    }

    /** A vacancy as its post shows it. */
    public record VacancyProfile(long id, long postId, String title, String description, List<String> skills,
            RegionRef region, int hoursPerWeek, String contractType, ClientRef client,
            @Schema(enumeration = {
                    "open", "on-hold", "filled", "closed"}) String status,
            Owner owner,
            Instant createdAt) {
    }

    /** A candidate that fits a vacancy, and why. */
    public record CandidateMatch(CandidateProfile candidate,
            @Schema(description = "The skills both have, in the vacancy's order") List<String> sharedSkills,
            @Schema(enumeration = {
                    "same", "province", "remote"}) String regionFit,
            @Schema(description = "Higher fits better: 100 per shared skill, 40 for the same region, 20 for one "
                    + "province, up to 10 for close hours") int score) {
    }

    /** A vacancy that fits a candidate, and why. */
    public record VacancyMatch(VacancyProfile vacancy,
            @Schema(description = "The skills both have, in the candidate's order") List<String> sharedSkills,
            @Schema(enumeration = {
                    "same", "province", "remote"}) String regionFit,
            @Schema(description = "Higher fits better: 100 per shared skill, 40 for the same region, 20 for one "
                    + "province, up to 10 for close hours") int score) {
    }

    static CandidateMatch candidate(Match match, boolean english) {
        MatchItem c = match.item();
        return new CandidateMatch(new CandidateProfile(c.id(), c.postId(), c.title(), c.text(), c.skills(),
                c.seniority(), c.availableFrom(), c.hoursPerWeek(), region(c.regionCode(), english),
                c.contractTypes(), c.status(), new Owner(c.ownerUsername(), c.ownerName()), c.createdAt()),
                match.sharedSkills(), match.regionFit(), match.score());
    }

    static VacancyMatch vacancy(Match match, boolean english) {
        MatchItem v = match.item();
        return new VacancyMatch(new VacancyProfile(v.id(), v.postId(), v.title(), v.text(), v.skills(),
                region(v.regionCode(), english), v.hoursPerWeek(),
                v.contractTypes().isEmpty() ? null : v.contractTypes().get(0),
                new ClientRef(v.clientId(), v.clientName()), v.status(), new Owner(v.ownerUsername(), v.ownerName()),
                v.createdAt()), match.sharedSkills(), match.regionFit(), match.score());
    }

    static RegionRef region(String code, boolean english) {
        return Region.byCode(code).map(r -> new RegionRef(r.code, r.name(english))).orElse(new RegionRef(code, code));
    }
}
