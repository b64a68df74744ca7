package nl.relay.mailin.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.mailin.GroupSlug;
import nl.relay.platform.database.NativeSql;

/**
 * The group a {@code group+<key>@} address names, among the sender's own groups: the key is the group's number,
 * or its slug (the name in lower case without accents, words joined by hyphens: "Sales Noord & Zuid" is
 * {@code sales-noord-zuid}). A group the sender is not in answers exactly like one that does not exist.
 */
@ApplicationScoped
class GroupByAddress {

    private final EntityManager entityManager;

    GroupByAddress(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The group, or why the mail cannot go there. */
    record Found(Long groupId, Refusal refusal) {
    }

    Found find(String key, long senderId) {
        List<Membership> groups = NativeSql.select(entityManager, """
                select g.id, g.name, g.archived from relay_group g join group_member m on m.group_id = g.id
                where m.account_id = :sender""")
                .bind("sender", senderId)
                .list(row -> new Membership(row.longValue("id"), row.text("name"), row.flag("archived")));
        List<Membership> named = groups.stream()
                .filter(g -> key.equals(String.valueOf(g.id())) || key.equals(GroupSlug.of(g.name()))).toList();
        if (named.size() != 1) {
            return new Found(null, Refusal.NO_GROUP);
        }
        Membership group = named.get(0);
        return group.archived() ? new Found(null, Refusal.GROUP_ARCHIVED) : new Found(group.id(), null);
    }

    private record Membership(long id, String name, boolean archived) {
    }
}
