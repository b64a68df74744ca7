package nl.relay.web.people;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.relay.accounts.Account;
import nl.relay.accounts.AccountView;

/**
 * One screenful of the account directory in username order, with the link to the next one. A
 * 40,000-person company does not fit on one screen, so both the people page and the admin accounts
 * screen page through the directory by the last username shown.
 */
record DirectorySlice(List<AccountView> accounts, String nextLink) {

    static final int SIZE = 100;

    static DirectorySlice read(String path, String query, String afterUsername, boolean includeInactive) {
        List<Account> found = Account.directory(query, afterUsername, includeInactive, SIZE + 1);
        List<AccountView> shown = found.stream().limit(SIZE).map(AccountView::from).toList();
        String next = found.size() > SIZE ? link(path, query, shown.getLast().username()) : null;
        return new DirectorySlice(shown, next);
    }

    private static String link(String path, String query, String after) {
        String q = query == null || query.isBlank() ? "" : "q=" + encode(query) + "&";
        return path + "?" + q + "after=" + encode(after);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
