package nl.relay.accounts.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.relay.accounts.Account;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.text.OneLine;

/**
 * A person makes an access token for a script: named, with scopes (admin only for an admin), perhaps expiring.
 * The secret is returned once; only its hash is kept. The API and the settings page both come here.
 */
@ApplicationScoped
public class CreateAccessToken {

    static final int MAX_NAME = 100;

    private final AccessTokensConfig config;
    private final Clock clock;

    CreateAccessToken(AccessTokensConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public CreatedAccessToken create(long accountId, NewAccessToken request) {
        // Locked, so two requests at once cannot both take the last free place.
        Account account = Account.<Account>findByIdOptional(accountId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotAllowed("Sign in first."));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String name = request.name() == null ? null : request.name().strip();
        Set<TokenScope> scopes = check(account, name, request, now);
        if (PersonalAccessToken.countLive(accountId, now) >= config.maxPerAccount()) {
            throw new Conflict("You have " + config.maxPerAccount() + " access tokens, the most one may have; "
                    + "revoke one to make another.");
        }
        String secret = AccessTokenSecret.generate();
        PersonalAccessToken token = new PersonalAccessToken();
        token.accountId = accountId;
        token.name = name;
        token.scopes = scopes.stream().map(TokenScope::toString).toArray(String[]::new);
        token.tokenHash = AccessTokenSecret.hash(secret);
        token.createdAt = now;
        token.sessionVersion = account.sessionVersion;
        token.expiresAt = request.expiresAt() == null ? null : request.expiresAt().truncatedTo(ChronoUnit.MICROS);
        token.persist();
        return CreatedAccessToken.of(token, secret);
    }

    /** The scopes asked for, in their order (read, write, admin), once every field is valid. */
    /** The farthest a token's end may lie; further (year 300000) is no date the database keeps. */
    private static final java.time.Duration LONGEST_LIFE = java.time.Duration.ofDays(3653);

    private static Set<TokenScope> check(Account account, String name, NewAccessToken request, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            errors.add(new Problem.FieldError("name", "must be 1 to 100 characters"));
        } else if (!OneLine.Check.holds(name)) {
            errors.add(new Problem.FieldError("name", OneLine.MESSAGE));
        }
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        if (request.scopes() == null || request.scopes().isEmpty() || request.scopes().contains(null)) {
            errors.add(new Problem.FieldError("scopes", "must name at least one of read, write and admin"));
        } else {
            scopes.addAll(request.scopes());
            if (scopes.contains(TokenScope.ADMIN) && !account.hasRole(Role.ADMIN)) {
                errors.add(new Problem.FieldError("scopes", "admin is only for an administrator's token"));
            }
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            errors.add(new Problem.FieldError("expiresAt", "must be in the future"));
        } else if (request.expiresAt() != null && request.expiresAt().isAfter(now.plus(LONGEST_LIFE))) {
            errors.add(new Problem.FieldError("expiresAt", "must be at most 10 years ahead"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return scopes;
    }
}
