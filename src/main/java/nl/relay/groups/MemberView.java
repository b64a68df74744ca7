package nl.relay.groups;

/** A member of a group. */
public record MemberView(String username, String displayName, GroupRole role) {
}
