package nl.relay.web;

import java.util.List;
import nl.relay.recruitment.Region;
import nl.relay.recruitment.RegionView;

/**
 * The seeded regions for a select (the candidate and vacancy forms and boards), grouped as provinces, cities and
 * remote, named in the page's language.
 */
public record RegionOptions(List<RegionView> provinces, List<RegionView> cities, List<RegionView> remote) {

    public static RegionOptions of(boolean english) {
        List<RegionView> all = Region.inOrder().stream().map(r -> RegionView.from(r, english)).toList();
        return new RegionOptions(ofType(all, "province"), ofType(all, "city"), ofType(all, "remote"));
    }

    private static List<RegionView> ofType(List<RegionView> all, String type) {
        return all.stream().filter(r -> r.type().equals(type)).toList();
    }
}
