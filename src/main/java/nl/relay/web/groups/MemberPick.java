package nl.relay.web.groups;

import java.util.List;
import nl.relay.accounts.Account;

/**
 * What a manager typed in the add-member field, read as a person: a username (with or without @), or
 * else a display name that exactly one active colleague has. Anything else picks nobody and names the
 * candidates (those with that display name, or whose name contains the text) to choose from.
 */
public record MemberPick(String typed, String username, List<Candidate> candidates) {

    private static final int CANDIDATES = 8;

    /** Someone the text could mean. */
    public record Candidate(String username, String displayName) {
    }

    static MemberPick read(String typed) {
        String text = typed == null ? "" : typed.strip();
        String asUsername = text.startsWith("@") ? text.substring(1) : text;
        if (!asUsername.isEmpty()) {
            var account = Account.findByUsername(asUsername).filter(a -> a.active);
            if (account.isPresent()) {
                return new MemberPick(text, account.get().username, List.of());
            }
        }
        if (text.isEmpty()) {
            return new MemberPick(text, null, List.of());
        }
        List<Account> named = Account.activeNamed(text, CANDIDATES);
        if (named.size() == 1) {
            return new MemberPick(text, named.get(0).username, List.of());
        }
        List<Account> found = named.isEmpty() ? Account.directory(text, null, false, CANDIDATES) : named;
        return new MemberPick(text, null, found.stream().map(a -> new Candidate(a.username, a.displayName)).toList());
    }

    public boolean found() {
        return username != null;
    }

    public boolean empty() {
        return typed.isEmpty();
    }
}
