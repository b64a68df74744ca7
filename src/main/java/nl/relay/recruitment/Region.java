package nl.relay.recruitment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where work is: a Dutch province, a large city (in its province), or remote. A seeded list with stable codes. */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    @jakarta.persistence.Column(name = "name_nl")
    public String nameNl;

    @jakarta.persistence.Column(name = "name_en")
    public String nameEn;

    /** {@code province}, {@code city} or {@code remote}. */
    public String type;

    /** The province a city lies in; null for provinces and remote. */
    public String province;

    public int position;

    public static List<Region> inOrder() {
        return list("order by position");
    }

    public static Optional<Region> byCode(String code) {
        return code == null ? Optional.empty() : findByIdOptional(code.strip().toLowerCase(Locale.ROOT));
    }

    /** The region named by this code, or a 422 on the given field. */
    public static Region checked(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new nl.relay.platform.errors.InvalidInput(field, "is required: a region code from /api/regions");
        }
        return byCode(code).orElseThrow(() -> new nl.relay.platform.errors.InvalidInput(field,
                "is not a known region: use a code from /api/regions"));
    }

    public String name(boolean english) {
        return english ? nameEn : nameNl;
    }

    /**
     * Whether work here and work in the other region fit: the same region, a city in a province or the
     * province of a city, two cities of one province, or either side remote.
     */
    public boolean fits(Region other) {
        if (code.equals(other.code) || "remote".equals(type) || "remote".equals(other.type)) {
            return true;
        }
        return provinceOrSelf().equals(other.provinceOrSelf());
    }

    private String provinceOrSelf() {
        return province == null ? code : province;
    }
}
