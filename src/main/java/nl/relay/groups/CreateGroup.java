package nl.relay.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.UniqueViolation;

/** Anyone signed in starts a group and becomes its owner. Names are unique ignoring case and accents. */
@ApplicationScoped
public class CreateGroup {

    @Transactional
    public Group create(long creatorId, GroupDetails details) {
        details.check(true);
        Group group = new Group();
        group.name = details.name();
        group.description = details.description() == null ? "" : details.description();
        group.visibility = details.visibility();
        group.createdBy = creatorId;
        try {
            group.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueViolation.isCause(e)) {
                throw new Conflict("There is already a group named '" + group.name + "'.");
            }
            throw e;
        }
        Membership.of(group.id, creatorId, GroupRole.OWNER).persist();
        return group;
    }
}
