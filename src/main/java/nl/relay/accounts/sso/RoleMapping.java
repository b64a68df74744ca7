package nl.relay.accounts.sso;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.relay.accounts.Role;

/**
 * Turns the provider's roles or groups into Relay roles ({@code relay.oidc.role-mapping}). The Relay roles named in the
 * mapping follow the provider at every sign-in, added and taken away; other roles stay as an admin set them. Everyone
 * is an employee.
 */
@ApplicationScoped
class RoleMapping {

    private final Map<String, Set<Role>> mapping;
    private final Set<Role> managed;

    RoleMapping(SingleSignOnConfig config) {
        this.mapping = new java.util.HashMap<>();
        this.managed = EnumSet.noneOf(Role.class);
        for (Map.Entry<String, List<String>> entry : config.roleMapping().entrySet()) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : entry.getValue()) {
                Role role = Role.named(name).orElseThrow(() -> new IllegalArgumentException(
                        "relay.oidc.role-mapping names an unknown Relay role: '" + name + "'"));
                roles.add(role);
            }
            mapping.put(entry.getKey(), roles);
            managed.addAll(roles);
        }
        managed.remove(Role.EMPLOYEE);
    }

    /** The account's roles after a sign-in with these provider roles. */
    Set<Role> apply(Set<Role> current, Set<String> providerRoles) {
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        for (Role role : current) {
            if (!managed.contains(role)) {
                roles.add(role);
            }
        }
        for (String providerRole : providerRoles) {
            roles.addAll(mapping.getOrDefault(providerRole, Set.of()));
        }
        return roles;
    }
}
