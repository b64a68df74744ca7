package nl.relay.recruitment;

/** A region as the API shows it: its code, its name in the reader's language, its type and province. */
public record RegionView(String code, String name, String type,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) String province) {

    public static RegionView from(Region region, boolean english) {
        return new RegionView(region.code, region.name(english), region.type, region.province);
    }
}
