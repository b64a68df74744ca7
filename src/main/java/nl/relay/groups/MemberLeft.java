package nl.relay.groups;

/** Someone left a group or was removed from it (fired in that transaction, for what came with membership). */
public record MemberLeft(long groupId, long accountId) {
}
