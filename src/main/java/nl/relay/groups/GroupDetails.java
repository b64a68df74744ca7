package nl.relay.groups;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A group's name, description and visibility: all required to create one; absent ones stay on a change. */
public record GroupDetails(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", flags = Pattern.Flag.DOTALL, message = "must not be blank") String name,
        @Size(max = 1000) String description,
        @Pattern(regexp = "public|private", message = "must be public or private") String visibility) {

    public GroupDetails {
        name = name == null ? null : name.strip();
        description = description == null ? null : description.strip();
    }
}
