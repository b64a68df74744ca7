package nl.relay.web.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.relay.accounts.Caller;
import nl.relay.accounts.tokens.AccessTokenView;
import nl.relay.accounts.tokens.CreateAccessToken;
import nl.relay.accounts.tokens.CreatedAccessToken;
import nl.relay.accounts.tokens.NewAccessToken;
import nl.relay.accounts.tokens.PersonalAccessToken;
import nl.relay.accounts.tokens.RevokeAccessToken;
import nl.relay.accounts.tokens.TokenScope;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;

/**
 * The access tokens section of the settings page: my live tokens, the form to make one (whose token is shown once,
 * on the answer to that form), and revoking. The rules are {@link CreateAccessToken}'s, as for the API.
 */
@ApplicationScoped
public class AccessTokenSettings {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Caller caller;
    private final CreateAccessToken createToken;
    private final RevokeAccessToken revokeToken;
    private final RequestLanguage language;
    private final Clock clock;

    AccessTokenSettings(Caller caller, CreateAccessToken createToken, RevokeAccessToken revokeToken,
            RequestLanguage language, Clock clock) {
        this.caller = caller;
        this.createToken = createToken;
        this.revokeToken = revokeToken;
        this.language = language;
        this.clock = clock;
    }

    /**
     * What the section shows: the tokens, the one just made (its secret, this once) or null, whether the admin
     * scope is offered, and what was wrong with the form, as codes (name, scopes, admin, expires, limit).
     */
    public record Section(List<Row> tokens, CreatedAccessToken created, boolean mayAdmin, List<String> errors) {
    }

    /** One token in the list, its dates written for the page. */
    public record Row(long id, String name, List<String> scopes, String created, String expires, String lastUsed) {
    }

    /** The answer to the form: its status, and the section to show. */
    public record Outcome(int status, Section section) {
    }

    Section of(long reader) {
        return section(reader, null, List.of());
    }

    /** Makes a token from the form (name, the ticked scopes, a last valid day or nothing). */
    Outcome create(long reader, String name, List<String> scopes, String lastDay) {
        List<String> errors = new ArrayList<>();
        List<TokenScope> chosen = new ArrayList<>();
        for (String scope : scopes == null ? List.<String>of() : scopes) {
            try {
                chosen.add(TokenScope.valueOf(scope.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add("scopes");
            }
        }
        Instant expiresAt = null;
        if (lastDay != null && !lastDay.isBlank()) {
            try {
                expiresAt = LocalDate.parse(lastDay.strip()).plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
            } catch (java.time.DateTimeException e) {
                // Not a date, or one past the end of time (+999999999-12-31 has no next day).
                errors.add("expires");
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(422, section(reader, null, errors));
        }
        try {
            CreatedAccessToken created = createToken.create(reader, new NewAccessToken(name, chosen, expiresAt));
            return new Outcome(200, section(reader, created, List.of()));
        } catch (ProblemException e) {
            return new Outcome(e.status(), section(reader, null, codes(e)));
        }
    }

    void revoke(long reader, long tokenId) {
        revokeToken.revoke(reader, tokenId);
    }

    private static List<String> codes(ProblemException e) {
        if (e instanceof Conflict) {
            return List.of("limit");
        }
        return e.errors().stream().map(error -> switch (error.field()) {
            case "name" -> "name";
            case "expiresAt" -> "expires";
            default -> error.message().contains("admin") ? "admin" : "scopes";
        }).distinct().toList();
    }

    private Section section(long reader, CreatedAccessToken created, List<String> errors) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", language.locale());
        List<Row> rows = PersonalAccessToken.liveOf(reader, clock.instant()).stream().map(token -> {
            AccessTokenView view = AccessTokenView.from(token);
            return new Row(view.id(), view.name(), view.scopes(), format.format(view.createdAt().atZone(AMSTERDAM)),
                    view.expiresAt() == null ? null : format.format(view.expiresAt().atZone(AMSTERDAM)),
                    view.lastUsedAt() == null ? null : format.format(view.lastUsedAt().atZone(AMSTERDAM)));
        }).toList();
        return new Section(rows, created, caller.isAdmin(), errors);
    }
}
