package nl.relay.accounts;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.relay.platform.database.LikePattern;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.platform.text.TextFolding;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in to Relay. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    /** Null for an account that signs in only through the company's identity provider. */
    @Column(name = "password_hash")
    public String passwordHash;

    /** The name the identity provider knows the person by (SCIM userName, often the UPN); null for local accounts. */
    @Column(name = "external_user_name")
    public String externalUserName;

    /** The provisioning system's own id for the person (SCIM externalId). */
    @Column(name = "external_id")
    public String externalId;

    /** The identity provider's issuer and subject ({@code iss sub}) once the person signed in through it. */
    @Column(name = "provider_subject")
    public String providerSubject;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "roles", columnDefinition = "text[]")
    public String[] roles;

    public boolean active = true;

    /** Raised to end every session at once; tokens carry the version they were issued under. */
    @Column(name = "session_version")
    public int sessionVersion;

    @Column(name = "search_text")
    public String searchText;

    /** "nl" or "en"; null follows the browser. */
    public String language;

    /** How notifications reach this person by email: "instant", "digest" or "off". */
    @Column(name = "email_delivery")
    public String emailDelivery = "instant";

    /** "daily" or "weekly", when {@link #emailDelivery} is "digest". */
    @Column(name = "digest_frequency")
    public String digestFrequency = "daily";

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** When an admin pseudonymised this former employee (null while they are themselves). */
    @Column(name = "pseudonymised_at")
    public Instant pseudonymisedAt;

    /** The admin who pseudonymised it. */
    @Column(name = "pseudonymised_by")
    public Long pseudonymisedBy;

    /** The account by username (any case); none for text no username can be (absent, or with control characters). */
    public static Optional<Account> findByUsername(String username) {
        if (username == null || ControlCharacters.clean(username) == null) {
            return Optional.empty();
        }
        return find("username", normalise(username)).firstResultOptional();
    }

    /** Usernames are compared lower-case everywhere. */
    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The people directory in username order: accounts whose username or display name contains the
     * query (any case), after the given username. Inactive accounts only when asked for.
     */
    public static List<Account> directory(String query, String afterUsername, boolean includeInactive, int limit) {
        StringBuilder where = new StringBuilder("username > :after");
        Parameters parameters = Parameters.with("after", afterUsername == null ? "" : afterUsername);
        if (query != null && !query.isBlank()) {
            where.append(" and searchText like :pattern");
            parameters.and("pattern", LikePattern.containing(TextFolding.fold(query.strip())));
        }
        if (!includeInactive) {
            where.append(" and active = true");
        }
        return find(where + " order by username", parameters).page(0, limit).list();
    }

    /** The display names of these accounts by id, in one query. */
    public static java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return Account.<Account>list("id in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.id, a -> a.displayName));
    }

    /** Active accounts whose display name is exactly this one (any case), in username order. */
    public static List<Account> activeNamed(String displayName, int limit) {
        return find("active = true and lower(displayName) = ?1 order by username",
                displayName.strip().toLowerCase(Locale.ROOT)).page(0, limit).list();
    }

    public static long countActiveAdmins() {
        return count("active = true and array_contains(roles, ?1)", Role.ADMIN_NAME);
    }

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = searchTextOf(username, displayName);
    }

    static String searchTextOf(String username, String displayName) {
        return TextFolding.fold(username + " " + displayName);
    }

    public Set<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        for (String role : roles) {
            set.add(Role.of(role));
        }
        return set;
    }

    public void assignRoles(Set<Role> newRoles) {
        roles = newRoles.stream().sorted().map(Role::toString).toArray(String[]::new);
    }

    public boolean hasRole(Role role) {
        return roleSet().contains(role);
    }

    /**
     * Whether this account answers for personal data of people who are no users: erasure and access requests, the
     * read audit, what retention anonymises. The privacy role and admins, while active.
     */
    public boolean isPrivacyOfficer() {
        return active && (hasRole(Role.PRIVACY) || hasRole(Role.ADMIN));
    }

    public Set<String> roleNames() {
        return roleSet().stream().map(Role::toString).collect(Collectors.toUnmodifiableSet());
    }

    /** Deactivation ends every session the account has, now and on every instance. */
    public void deactivate() {
        if (active) {
            active = false;
            sessionVersion++;
        }
    }

    /** A pseudonymised account stays inactive for good: nobody signs in as a pseudonym. */
    public void reactivate() {
        if (isPseudonymised()) {
            throw new Conflict("A pseudonymised account cannot be activated again.");
        }
        active = true;
    }

    public boolean isPseudonymised() {
        return pseudonymisedAt != null;
    }
}
