package nl.relay.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A client's name, other names and sector, as recruiters send them. On create, name and sector are
 * required; on change, absent fields stay as they are.
 */
public record ClientDetails(
        @Size(min = 1, max = 200) String name,
        @Size(max = 20, message = "at most 20 aliases") List<@NotNull @NotBlank @Size(max = 200) String> aliases,
        @Size(min = 1, max = 40) String sectorCode) {

    public ClientDetails {
        name = name == null ? null : name.strip();
        aliases = aliases == null ? null : aliases.stream().map(a -> a == null ? null : a.strip()).toList();
    }
}
