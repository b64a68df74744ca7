package nl.relay.mailin.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a trusted mail server vouched for the sender's domain in an Authentication-Results header (RFC 8601). Only a
 * header carrying that server's authserv-id counts: anyone can write such a header into a mail, the trusted server is
 * expected to remove forged ones with its own id (as RFC 8601 section 5 asks).
 *
 * <p>
 * A DMARC verdict decides when there is one ("none", meaning the domain publishes no policy, counts as none); without
 * it a passing DKIM signature of the sender's domain or a passing SPF check of it does (relaxed alignment: the same
 * domain or a parent or subdomain of it). A failing DMARC verdict in any of the server's headers wins over a passing
 * one.
 */
public final class AuthenticationResults {

    /** One "method=result property=value ..." of a header. */
    record Verdict(String method, String result, Map<String, String> properties) {
    }

    /** A parsed header: who wrote it and what it found. */
    record Header(String authservId, List<Verdict> verdicts) {
    }

    private AuthenticationResults() {
    }

    public static boolean passes(List<String> headerValues, String authservId, String fromDomain) {
        if (headerValues == null || authservId == null || authservId.isBlank() || fromDomain == null
                || fromDomain.isBlank()) {
            return false;
        }
        String domain = domainOf(fromDomain);
        List<Verdict> ours = new ArrayList<>();
        for (String value : headerValues) {
            parse(value).filter(header -> header.authservId().equalsIgnoreCase(authservId.strip()))
                    .ifPresent(header -> ours.addAll(header.verdicts()));
        }
        List<Verdict> dmarc = ours.stream().filter(v -> v.method().equals("dmarc") && !v.result().equals("none"))
                .toList();
        if (!dmarc.isEmpty()) {
            List<Verdict> aboutSender = dmarc.stream()
                    .filter(v -> !v.properties().containsKey("header.from")
                            || domainOf(v.properties().get("header.from")).equals(domain))
                    .toList();
            return !aboutSender.isEmpty() && aboutSender.stream().allMatch(v -> v.result().equals("pass"));
        }
        return ours.stream().anyMatch(v -> v.result().equals("pass") && switch (v.method()) {
            case "dkim" -> aligned(v.properties().get("header.d"), domain)
                    || aligned(v.properties().get("header.i"), domain);
            case "spf" -> aligned(v.properties().get("smtp.mailfrom"), domain);
            default -> false;
        });
    }

    /** Relaxed alignment: the same domain, or one a subdomain of the other (not a bare top-level domain). */
    private static boolean aligned(String identity, String domain) {
        if (identity == null) {
            return false;
        }
        String other = domainOf(identity);
        if (other.isEmpty() || domain.isEmpty()) {
            return false;
        }
        return other.equals(domain) || (other.contains(".") && domain.endsWith("." + other))
                || (domain.contains(".") && other.endsWith("." + domain));
    }

    /** The domain of an address, an "@domain" identity or a domain, lower-case and without a final dot. */
    private static String domainOf(String identity) {
        String domain = identity.substring(identity.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }

    /** Parses one header value; empty when it names no authserv-id (as some servers write it) or cannot be read. */
    static Optional<Header> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        List<List<String>> statements = statements(value);
        if (statements.isEmpty() || statements.getFirst().isEmpty()) {
            return Optional.empty();
        }
        List<String> first = statements.getFirst();
        if (first.size() > 1 && first.get(1).equals("=")) {
            return Optional.empty(); // "spf=pass ..." straight away: no authserv-id
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (List<String> statement : statements.subList(1, statements.size())) {
            verdict(statement).ifPresent(verdicts::add);
        }
        return Optional.of(new Header(first.getFirst(), List.copyOf(verdicts)));
    }

    private static Optional<Verdict> verdict(List<String> tokens) {
        if (tokens.size() < 3 || !tokens.get(1).equals("=")) {
            return Optional.empty();
        }
        String method = tokens.get(0).split("/", 2)[0].toLowerCase(Locale.ROOT);
        String result = tokens.get(2).toLowerCase(Locale.ROOT);
        Map<String, String> properties = new HashMap<>();
        int i = 3;
        while (i < tokens.size()) {
            if (i + 2 < tokens.size() && tokens.get(i + 1).equals("=")) {
                properties.putIfAbsent(tokens.get(i).toLowerCase(Locale.ROOT), tokens.get(i + 2));
                i += 3;
            } else {
                i++;
            }
        }
        return Optional.of(new Verdict(method, result, Map.copyOf(properties)));
    }

    /**
     * Splits a header value into ";"-separated statements of tokens: words, quoted strings (unquoted) and "=";
     * comments in parentheses, nested or not, are dropped.
     */
    private static List<List<String>> statements(String value) {
        List<List<String>> statements = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int comment = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < value.length()) {
                    word.append(value.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                    tokens.add(word.toString());
                    word.setLength(0);
                } else {
                    word.append(c);
                }
            } else if (comment > 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    comment++;
                } else if (c == ')') {
                    comment--;
                }
            } else if (c == '(') {
                flush(word, tokens);
                comment++;
            } else if (c == '"') {
                flush(word, tokens);
                quoted = true;
            } else if (c == '=') {
                flush(word, tokens);
                tokens.add("=");
            } else if (c == ';') {
                flush(word, tokens);
                statements.add(tokens);
                tokens = new ArrayList<>();
            } else if (Character.isWhitespace(c)) {
                flush(word, tokens);
            } else {
                word.append(c);
            }
        }
        flush(word, tokens);
        if (!tokens.isEmpty() || !statements.isEmpty()) {
            statements.add(tokens);
        }
        return statements;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}
