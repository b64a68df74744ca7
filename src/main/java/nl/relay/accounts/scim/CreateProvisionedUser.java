package nl.relay.accounts.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import nl.relay.accounts.Account;
import nl.relay.accounts.AccountChanges;
import nl.relay.accounts.CreateAccount;
import nl.relay.accounts.FreeUsername;
import nl.relay.accounts.ProvidedAccount;
import nl.relay.accounts.Role;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.Conflict;

/**
 * The provisioning system creates a user (POST /scim/v2/Users). In order: a userName SCIM deleted before brings
 * that account back; a userName SCIM knows is a uniqueness error; a local account never provisioned whose
 * e-mail address is the userName or the work address, or whose username is the userName, is linked (the person
 * keeps their account and posts); otherwise a new account: no password (they sign in through the identity
 * provider), role employee, a username made from the userName.
 */
@ApplicationScoped
class CreateProvisionedUser {

    private final ChangeProvisionedUser changeUser;
    private final EntityManager entityManager;
    private final CreateAccount createAccount;

    CreateProvisionedUser(ChangeProvisionedUser changeUser, EntityManager entityManager, CreateAccount createAccount) {
        this.changeUser = changeUser;
        this.entityManager = entityManager;
        this.createAccount = createAccount;
    }

    @Transactional
    ProvisionedUser create(UserChange request) {
        List<Holder> holders = holders("lower(external_user_name) = lower(:value)", request.userName);
        if (!holders.isEmpty()) {
            Holder holder = holders.getFirst();
            if (holder.scimDeletedAt() == null) {
                throw ScimError.uniqueness("The userName '" + request.userName + "' is already provisioned.");
            }
            return bringBack(holder, request);
        }
        if (request.externalId != null && !holders("external_id = :value", request.externalId).isEmpty()) {
            throw ScimError.uniqueness("Another user already has the externalId '" + request.externalId + "'.");
        }
        List<Holder> local = localMatches(request);
        if (local.size() > 1) {
            throw ScimError.uniqueness("Several local accounts have the e-mail address or username '"
                    + request.userName + "': an admin must settle which one this person is.");
        }
        if (local.size() == 1) {
            return changeUser.apply(local.getFirst().id(), local.getFirst().username(), request);
        }
        return createNew(request);
    }

    private ProvisionedUser bringBack(Holder holder, UserChange request) {
        if (request.active == null) {
            request.active = true;
        }
        NativeSql.of(entityManager, "update account set scim_deleted_at = null where id = :id")
                .bind("id", holder.id()).query().executeUpdate();
        return changeUser.apply(holder.id(), holder.username(), request);
    }

    /** Local accounts (no SCIM userName, not pseudonymised) this person already has; locked while linking. */
    private List<Holder> localMatches(UserChange request) {
        String email = request.email == null ? request.userName : request.email;
        return NativeSql.select(entityManager, """
                select id, username, scim_deleted_at from account
                where external_user_name is null and pseudonymised_at is null
                  and (lower(email) = lower(:userName) or lower(email) = lower(:email) or username = lower(:userName))
                order by id limit 2 for update""")
                .bind("userName", request.userName).bind("email", email).list(Holder::read);
    }

    private ProvisionedUser createNew(UserChange request) {
        String displayName = request.displayNameForNewUser();
        String email = request.emailForNewUser();
        changeUser.check(new AccountChanges(displayName, email, null, null));
        Account account;
        try {
            account = createAccount.withoutPassword(new ProvidedAccount(FreeUsername.from(request.userName),
                    displayName.strip(), email.strip(), EnumSet.of(Role.EMPLOYEE),
                    request.active == null || request.active, request.userName, request.externalId));
        } catch (Conflict e) {
            throw ScimError.uniqueness("Another request provisioned this userName, externalId or username at "
                    + "the same moment; try again.");
        }
        return ProvisionedUser.byId(entityManager, account.id).orElseThrow();
    }

    private List<Holder> holders(String condition, String value) {
        return NativeSql.select(entityManager,
                "select id, username, scim_deleted_at from account where " + condition + " limit 1 for update")
                .bind("value", value).list(Holder::read);
    }

    private record Holder(long id, String username, Instant scimDeletedAt) {

        static Holder read(nl.relay.platform.database.Row row) {
            Object deleted = row.value("scim_deleted_at");
            return new Holder(row.longValue("id"), row.text("username"),
                    deleted == null ? null : row.instant("scim_deleted_at"));
        }
    }
}
