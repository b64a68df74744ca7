package nl.relay.web.matches;

import java.util.List;
import nl.relay.recruitment.Region;
import nl.relay.recruitment.matches.ListMatches;
import nl.relay.recruitment.matches.Match;
import nl.relay.recruitment.matches.MatchItem;

/**
 * One line of a match list ({@code tags/matchList.html}): what fits, where it leads, who offers it, and why it fits
 * (the shared skills and how the regions fit: {@code same}, {@code province} or {@code remote}); {@code proposeHref}
 * only on a vacancy's list of candidates.
 */
public record MatchRow(long id, String title, String href, String ownerName, String clientName, String regionName,
        int hoursPerWeek, List<String> skills, List<String> sharedSkills, String regionFit, int score,
        String proposeHref) {

    /** The rows of a candidate's or a vacancy's matches, best first. */
    public static List<MatchRow> all(ListMatches.Listed listed, boolean english) {
        return listed.matches().stream().map(m -> of(m, listed.subject(), english)).toList();
    }

    /** A vacancy's fitting candidate, to propose for it; or a candidate's fitting vacancy. */
    public static MatchRow of(Match match, MatchItem subject, boolean english) {
        MatchItem item = match.item();
        boolean candidate = item.side() == MatchItem.Side.CANDIDATE;
        String region = Region.byCode(item.regionCode()).map(r -> r.name(english)).orElse(item.regionCode());
        return new MatchRow(item.id(), item.title(),
                candidate ? "/candidates/" + item.id() : "/vacancies/" + item.id(), item.ownerName(),
                item.clientName(), region, item.hoursPerWeek(), item.skills(), match.sharedSkills(),
                match.regionFit(), match.score(),
                candidate ? "/vacancies/" + subject.id() + "/propose?candidate=" + item.id() : null);
    }
}
