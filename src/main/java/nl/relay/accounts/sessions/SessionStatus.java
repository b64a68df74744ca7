package nl.relay.accounts.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether sessions held open are still what {@link SessionCheck} would let in now: token not signed out (or, for a
 * personal access token, revoked) or expired, account active, in the same session version and with the same roles. A held session that fails
 * any of these has ended; the one holding it closes.
 */
@ApplicationScoped
public class SessionStatus {

    private final EntityManager entityManager;
    private final Clock clock;

    SessionStatus(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Those of the sessions that have ended, in one look at the database. */
    public Set<HeldSession> ended(Collection<HeldSession> sessions) {
        if (sessions.isEmpty()) {
            return Set.of();
        }
        Long[] accountIds = sessions.stream().map(HeldSession::accountId).distinct().toArray(Long[]::new);
        String[] tokenIds = sessions.stream().map(HeldSession::tokenId).distinct().toArray(String[]::new);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                select a.id, a.active, a.session_version, a.roles from account a
                where a.id = any(cast(:accounts as bigint[]))""", Tuple.class)
                .setParameter("accounts", accountIds).getResultList();
        Map<Long, AccountNow> accounts = rows.stream().map(AccountNow::of)
                .collect(Collectors.toMap(AccountNow::id, Function.identity()));
        @SuppressWarnings("unchecked")
        Set<String> revoked = new HashSet<>(entityManager.createNativeQuery(
                "select jti from revoked_token where jti = any(cast(:tokens as text[]))")
                .setParameter("tokens", tokenIds).getResultList());
        revoked.addAll(revokedAccessTokens(tokenIds));
        var now = clock.instant();
        return sessions.stream().filter(session -> {
            AccountNow account = accounts.get(session.accountId());
            return account == null || !account.active() || account.sessionVersion() != session.sessionVersion()
                    || !account.roles().equals(session.roles()) || revoked.contains(session.tokenId())
                    || session.expiredAt(now);
        }).collect(Collectors.toSet());
    }

    /** Those of the sessions held with personal access tokens whose token was revoked (or is gone). */
    private Set<String> revokedAccessTokens(String[] tokenIds) {
        Long[] ids = Arrays.stream(tokenIds).filter(id -> id.startsWith(HeldSession.ACCESS_TOKEN))
                .map(id -> Long.valueOf(id.substring(HeldSession.ACCESS_TOKEN.length()))).toArray(Long[]::new);
        if (ids.length == 0) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> live = entityManager.createNativeQuery(
                "select id from personal_access_token where id = any(cast(:ids as bigint[])) and revoked_at is null")
                .setParameter("ids", ids).getResultList();
        Set<Long> liveIds = live.stream().map(Number::longValue).collect(Collectors.toSet());
        return Arrays.stream(ids).filter(id -> !liveIds.contains(id)).map(id -> HeldSession.ACCESS_TOKEN + id)
                .collect(Collectors.toSet());
    }

    /** An account as it is now, as far as its sessions go. */
    private record AccountNow(long id, boolean active, int sessionVersion, Set<String> roles) {

        static AccountNow of(Tuple row) {
            Object roles = row.get("roles");
            return new AccountNow(((Number) row.get("id")).longValue(), (Boolean) row.get("active"),
                    ((Number) row.get("session_version")).intValue(),
                    roles instanceof Object[] names
                            ? Arrays.stream(names).map(String::valueOf).collect(Collectors.toSet())
                            : Set.of());
        }
    }
}
