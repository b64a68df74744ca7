package nl.relay.directory;

import java.util.Map;

/** A sector as the API shows it: its code, its name in the reader's language, and both names. */
public record SectorView(String code, String name, Map<String, String> names) {

    public static SectorView from(Sector sector, boolean english) {
        return new SectorView(sector.code, sector.name(english), Map.of("nl", sector.nameNl, "en", sector.nameEn));
    }
}
