package nl.relay.accounts.scim;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;

/**
 * An account as SCIM sees it: one the provisioning system created or linked (it has a SCIM userName) and has not
 * deleted. Local accounts that were never provisioned, and deleted ones, are not SCIM resources.
 */
record ProvisionedUser(long id, String username, String displayName, String email, String userName,
        String externalId, boolean active, Instant created, Instant modified) {

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.email, a.external_user_name, a.external_id, a.active,
                   a.created_at, a.modified_at
            from account a
            where a.external_user_name is not null and a.scim_deleted_at is null""";

    static Optional<ProvisionedUser> byId(EntityManager entityManager, long id) {
        return NativeSql.select(entityManager, SELECT + " and a.id = :id").bind("id", id)
                .first(ProvisionedUser::read);
    }

    static Optional<ProvisionedUser> byUserName(EntityManager entityManager, String userName) {
        return NativeSql.select(entityManager, SELECT + " and lower(a.external_user_name) = lower(:name)")
                .bind("name", userName).first(ProvisionedUser::read);
    }

    static Optional<ProvisionedUser> byExternalId(EntityManager entityManager, String externalId) {
        return NativeSql.select(entityManager, SELECT + " and a.external_id = :externalId")
                .bind("externalId", externalId).first(ProvisionedUser::read);
    }

    /** A page in id order, {@code offset} users skipped. */
    static List<ProvisionedUser> page(EntityManager entityManager, long offset, int count) {
        return NativeSql.select(entityManager, SELECT + " order by a.id offset :offset limit :count")
                .bind("offset", offset).bind("count", count).list(ProvisionedUser::read);
    }

    static long count(EntityManager entityManager) {
        return ((Number) NativeSql.of(entityManager, """
                select count(*) from account a
                where a.external_user_name is not null and a.scim_deleted_at is null""").query().getSingleResult())
                .longValue();
    }

    private static ProvisionedUser read(Row row) {
        return new ProvisionedUser(row.longValue("id"), row.text("username"), row.text("display_name"),
                row.text("email"), row.text("external_user_name"), row.text("external_id"), row.flag("active"),
                row.instant("created_at"), row.instant("modified_at"));
    }
}
