package nl.relay.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/** A sector of the Dutch labour market; a seeded taxonomy with stable codes. */
@Entity
@Table(name = "sector")
public class Sector extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_nl")
    public String nameNl;

    @Column(name = "name_en")
    public String nameEn;

    public int position;

    public static List<Sector> inOrder() {
        return list("order by position");
    }

    public static Optional<Sector> byCode(String code) {
        return code == null ? Optional.empty() : findByIdOptional(code.trim().toLowerCase(java.util.Locale.ROOT));
    }

    public String name(boolean english) {
        return english ? nameEn : nameNl;
    }
}
