package nl.relay.groups;

/** The optional body of adding a member: the role to give ("owner", "admin" or "member"). */
public record MemberRole(String role) {
}
