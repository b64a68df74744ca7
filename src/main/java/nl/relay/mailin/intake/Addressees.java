package nl.relay.mailin.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.relay.mailin.GatewayAddress;
import nl.relay.mailin.reading.MailAddress;
import nl.relay.mailin.reading.ReadMail;
import nl.relay.platform.database.NativeSql;

/**
 * The colleagues a mail was addressed to (To and Cc): those with an account become must-read addressees, as
 * @mentions; the others are listed back to the sender. Relay's own addresses and the sender are left out.
 */
@ApplicationScoped
class Addressees {

    private final EntityManager entityManager;

    Addressees(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The usernames to mention and the addresses without an account, both in the order the mail gave them. */
    record Found(List<String> usernames, List<String> unknown) {
    }

    Found of(ReadMail mail, String domain, Sender sender) {
        Set<String> addresses = new LinkedHashSet<>();
        Stream.concat(mail.to().stream(), mail.cc().stream()).map(MailAddress::address)
                .map(address -> address.toLowerCase(Locale.ROOT))
                .filter(address -> !GatewayAddress.atDomain(address, domain))
                .filter(address -> !address.equalsIgnoreCase(sender.email()))
                .forEach(addresses::add);
        if (addresses.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        Map<String, List<String>> accounts = new LinkedHashMap<>();
        NativeSql.select(entityManager, """
                select lower(email) as address, username from account
                where lower(email) = any(cast(:addresses as text[])) and active order by username""")
                .bind("addresses", addresses.toArray(String[]::new))
                .list(row -> new Account(row.text("address"), row.text("username")))
                .forEach(account -> accounts.computeIfAbsent(account.address(), a -> new ArrayList<>())
                        .add(account.username()));
        List<String> usernames = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String address : addresses) {
            List<String> owners = accounts.getOrDefault(address, List.of());
            // An address two accounts share names neither for sure: it is listed back, not guessed.
            if (owners.size() == 1) {
                if (!owners.get(0).equals(sender.username())) {
                    usernames.add(owners.get(0));
                }
            } else {
                unknown.add(address);
            }
        }
        return new Found(usernames, unknown);
    }

    private record Account(String address, String username) {
    }
}
