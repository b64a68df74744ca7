package nl.relay.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.relay.platform.database.LikePattern;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;
import nl.relay.platform.text.TextFolding;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A client company recruiters work for, with the other names people use for it. */
@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "aliases", columnDefinition = "text[]")
    public String[] aliases = new String[0];

    @Column(name = "sector_code")
    public String sectorCode;

    @Column(name = "search_text")
    public String searchText;

    @Column(name = "name_key")
    public String nameKey;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** The client that took this one's place in a merge; a merged client is archived too. */
    @Column(name = "merged_into")
    public Long mergedInto;

    /** An archived client takes no new work: no new posts, candidates or vacancies. */
    public boolean archived;

    /**
     * Clients whose name or an alias contains the query, ignoring case and accents, by name; only those
     * in the given sector when one is named.
     */
    public static List<Client> search(String query, String sectorCode, String afterName, long afterId, int limit) {
        return search(query, sectorCode, false, afterName, afterId, limit);
    }

    /** As {@link #search(String, String, String, long, int)}; archived (and merged) clients only when asked. */
    public static List<Client> search(String query, String sectorCode, boolean withArchived, String afterName,
            long afterId, int limit) {
        String folded = query == null ? "" : TextFolding.fold(query.strip());
        Parameters parameters = Parameters.with("text", LikePattern.containing(folded)).and("afterName", afterName)
                .and("afterId", afterId);
        String sectorClause = "";
        if (sectorCode != null) {
            sectorClause = " and sectorCode = :sector";
            parameters.and("sector", sectorCode);
        }
        String archivedClause = withArchived ? "" : " and archived = false";
        return find("searchText like :text and (nameKey > :afterName or (nameKey = :afterName and id > :afterId))"
                + sectorClause + archivedClause + " order by nameKey, id", parameters).page(0, limit).list();
    }

    /** How many clients each sector has, by sector code; sectors without clients are absent. */
    public static Map<String, Long> countBySector() {
        return getEntityManager()
                .createQuery("select new SectorCount(c.sectorCode, count(c)) from Client c group by c.sectorCode",
                        SectorCount.class)
                .getResultStream()
                .collect(Collectors.toMap(SectorCount::sectorCode, SectorCount::clients));
    }

    /** How many clients a sector has. */
    private record SectorCount(String sectorCode, long clients) {
    }

    /** The client with the id written in a path; anything else is a 404. */
    public static Client require(String rawId) {
        long id = PathIds.parse(rawId, () -> new NotFound("There is no client " + rawId + "."));
        return Client.<Client>findByIdOptional(id).orElseThrow(() -> new NotFound("There is no client " + id + "."));
    }

    /** The client called this (ignoring case and accents), or the one it was merged into. */
    public static Optional<Client> byNameKey(String name) {
        return withNameKey(name).map(Client::survivor);
    }

    /** The client whose own name this is, merged or not. */
    public static Optional<Client> withNameKey(String name) {
        return find("nameKey", keyOf(name)).firstResultOptional();
    }

    /** This client, or the one it was merged into (and so on, should that one have been merged as well). */
    public Client survivor() {
        Client client = this;
        for (int hop = 0; hop < 10 && client.mergedInto != null; hop++) {
            client = findById(client.mergedInto);
        }
        return client;
    }

    /**
     * The clients called this, by name or by one of their aliases, ignoring case and accents: none, one,
     * or several when an alias is shared. A client whose name matches comes alone.
     */
    public static List<Client> named(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Optional<Client> byName = byNameKey(name);
        if (byName.isPresent()) {
            return List.of(byName.get());
        }
        String folded = TextFolding.fold(name.strip());
        return Client.<Client>list("('\n' || searchText || '\n') like ?1 order by nameKey, id",
                LikePattern.containing("\n" + folded + "\n")).stream()
                .filter(client -> client.aliasList().stream().anyMatch(alias -> TextFolding.fold(alias).equals(folded)))
                .map(Client::survivor).distinct().limit(10).toList();
    }

    /** The folded name; cut at 500 characters, as folding may lengthen exotic characters many times. */
    public static String keyOf(String name) {
        String key = TextFolding.fold(name.strip());
        return key.length() > 500 ? key.substring(0, 500) : key;
    }

    public List<String> aliasList() {
        return List.of(aliases);
    }

    @PrePersist
    @PreUpdate
    void fold() {
        nameKey = keyOf(name);
        searchText = Stream.concat(Stream.of(name), Arrays.stream(aliases))
                .map(TextFolding::fold)
                .collect(Collectors.joining("\n"));
    }

}
