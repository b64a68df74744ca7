package nl.relay.recruitment.matches;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.relay.recruitment.Region;
import nl.relay.recruitment.Skills;

/**
 * Finds what fits a candidate (open vacancies) or a vacancy (available candidates): at least one shared skill and
 * regions that fit ({@link Region#fits}). Ranked by the number of shared skills, then the same region before a fit
 * by province or remote work, then the closest hours, then the newest; each explained by the skills both have and
 * how the regions fit.
 */
@ApplicationScoped
public class FindMatches {

    /** Region fits, best first. */
    public static final String SAME = "same";
    public static final String PROVINCE = "province";
    public static final String REMOTE = "remote";

    private static final int PER_SKILL = 100;
    private static final Map<String, Integer> REGION_POINTS = Map.of(SAME, 40, PROVINCE, 20, REMOTE, 0);
    private static final int MAX_HOURS_POINTS = 10;
    private static final int HOURS_PER_POINT = 4;

    /** Most shared skills, the same region before province or remote, the closest hours, the newest. */
    private static final Comparator<Match> RANKING = Comparator
            .comparingInt((Match m) -> -m.sharedSkills().size())
            .thenComparingInt(m -> -REGION_POINTS.get(m.regionFit()))
            .thenComparingInt(Match::hoursApart)
            .thenComparing((Match m) -> m.item().createdAt(), Comparator.reverseOrder())
            .thenComparing((Match m) -> m.item().id(), Comparator.reverseOrder());

    private final MatchItems items;
    private final Clock clock;

    FindMatches(MatchItems items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** The best fitting items of the other side for the audience, at most {@code limit}, best first. */
    public List<Match> find(MatchItem subject, Audience audience, int limit) {
        Map<String, Region> regions = Region.<Region>listAll().stream()
                .collect(Collectors.toMap(r -> r.code, Function.identity()));
        Region here = regions.get(subject.regionCode());
        if (here == null || subject.skills().isEmpty()) {
            return List.of();
        }
        return items.sharingSkills(subject, audience, clock.instant()).stream()
                .map(other -> match(subject, here, regions.get(other.regionCode()), other))
                .flatMap(Optional::stream)
                .sorted(RANKING)
                .limit(limit)
                .toList();
    }

    private static Optional<Match> match(MatchItem subject, Region here, Region there, MatchItem other) {
        List<String> shared = Skills.shared(subject.skills(), other.skills());
        if (shared.isEmpty() || there == null || !here.fits(there)) {
            return Optional.empty();
        }
        String regionFit = regionFit(here, there);
        int hoursApart = Math.abs(subject.hoursPerWeek() - other.hoursPerWeek());
        int score = shared.size() * PER_SKILL + REGION_POINTS.get(regionFit)
                + Math.max(0, MAX_HOURS_POINTS - hoursApart / HOURS_PER_POINT);
        return Optional.of(new Match(other, shared, regionFit, hoursApart, score));
    }

    /** How two fitting regions fit: the same region, remote work on either side, or one province. */
    private static String regionFit(Region here, Region there) {
        if (here.code.equals(there.code)) {
            return SAME;
        }
        if ("remote".equals(here.type) || "remote".equals(there.type)) {
            return REMOTE;
        }
        return PROVINCE;
    }
}
