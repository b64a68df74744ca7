package nl.relay.accounts.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.relay.accounts.Account;
import nl.relay.accounts.AccountChanges;
import nl.relay.accounts.ChangeAccount;
import nl.relay.platform.database.NativeSql;

/**
 * The provisioning system deletes a user: Relay deactivates the account (through {@link ChangeAccount}, so every
 * session ends at once) and keeps it with its posts, but SCIM no longer knows it (404 from then on). Creating
 * the same userName again brings the account back.
 */
@ApplicationScoped
class DeleteProvisionedUser {

    private final ChangeAccount changeAccount;
    private final EntityManager entityManager;

    DeleteProvisionedUser(ChangeAccount changeAccount, EntityManager entityManager) {
        this.changeAccount = changeAccount;
        this.entityManager = entityManager;
    }

    @Transactional
    void delete(String id) {
        ProvisionedUser user = ScimIds.parse(id).flatMap(known -> ProvisionedUser.byId(entityManager, known))
                .orElseThrow(ScimError::notFound);
        changeAccount.change(user.username(), new AccountChanges(null, null, null, false));
        Account.flush();
        NativeSql.of(entityManager, "update account set scim_deleted_at = now() where id = :id")
                .bind("id", user.id()).query().executeUpdate();
    }
}
