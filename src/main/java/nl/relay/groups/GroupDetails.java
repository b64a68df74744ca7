package nl.relay.groups;

import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.text.OneLine;

/**
 * A group's name, description and visibility: all but the description required to create one; absent
 * ones stay as they are on a change. The rules live here, so the API and the pages refuse alike.
 */
public record GroupDetails(String name, String description, String visibility) {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 1000;

    public GroupDetails {
        name = name == null ? null : name.strip();
        description = description == null ? null : description.strip();
    }

    /** Refuses invalid values (and, for a new group, missing ones) with every field named. */
    void check(boolean creating) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name != null ? name.isEmpty() || name.length() > MAX_NAME : creating) {
            errors.add(new Problem.FieldError("name", "must be 1 to 100 characters"));
        } else if (!OneLine.Check.holds(name)) {
            errors.add(new Problem.FieldError("name", OneLine.MESSAGE));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(new Problem.FieldError("description", "must be at most 1,000 characters"));
        }
        if (visibility != null ? !visibility.equals(Group.PUBLIC) && !visibility.equals(Group.PRIVATE) : creating) {
            errors.add(new Problem.FieldError("visibility", "must be public or private"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
