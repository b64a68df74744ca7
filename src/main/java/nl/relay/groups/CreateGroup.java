package nl.relay.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.Conflict;
import nl.relay.platform.InvalidInput;
import nl.relay.platform.Problem;
import nl.relay.platform.UniqueViolation;

/** Anyone signed in starts a group and becomes its owner. Names are unique ignoring case and accents. */
@ApplicationScoped
public class CreateGroup {

    @Transactional
    public Group create(long creatorId, GroupDetails details) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (details.name() == null) {
            errors.add(new Problem.FieldError("name", "must not be null"));
        }
        if (details.visibility() == null) {
            errors.add(new Problem.FieldError("visibility", "must be public or private"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
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
