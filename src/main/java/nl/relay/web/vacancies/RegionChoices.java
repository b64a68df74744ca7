package nl.relay.web.vacancies;

import java.util.List;
import nl.relay.recruitment.Region;
import nl.relay.recruitment.RegionView;

/** The regions as a select groups them: provinces, cities, and remote, in the reader's language. */
public record RegionChoices(List<RegionView> provinces, List<RegionView> cities, List<RegionView> remote) {

    public static RegionChoices of(boolean english) {
        List<RegionView> all = Region.inOrder().stream().map(r -> RegionView.from(r, english)).toList();
        return new RegionChoices(all.stream().filter(r -> r.type().equals("province")).toList(),
                all.stream().filter(r -> r.type().equals("city")).toList(),
                all.stream().filter(r -> r.type().equals("remote")).toList());
    }
}
