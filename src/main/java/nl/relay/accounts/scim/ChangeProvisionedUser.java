package nl.relay.accounts.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.stream.Collectors;
import nl.relay.accounts.Account;
import nl.relay.accounts.AccountChanges;
import nl.relay.accounts.ChangeAccount;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.UniqueViolation;

/**
 * Applies a SCIM change (PUT, PATCH, or a POST that links or brings back an account) to an account. Name, e-mail
 * and active go through {@link ChangeAccount}, the one writer of those, which also ends every session and tells
 * open streams when the account is deactivated; the SCIM userName and externalId are set here.
 */
@ApplicationScoped
class ChangeProvisionedUser {

    private final ChangeAccount changeAccount;
    private final Validator validator;
    private final EntityManager entityManager;

    ChangeProvisionedUser(ChangeAccount changeAccount, Validator validator, EntityManager entityManager) {
        this.changeAccount = changeAccount;
        this.validator = validator;
        this.entityManager = entityManager;
    }

    /** Changes a provisioned user; a user SCIM does not know (never provisioned, or deleted) is a 404. */
    @Transactional
    ProvisionedUser change(String id, UserChange change) {
        ProvisionedUser user = ScimIds.parse(id).flatMap(known -> ProvisionedUser.byId(entityManager, known))
                .orElseThrow(ScimError::notFound);
        return apply(user.id(), user.username(), change);
    }

    /** Applies the change to the account with this id and username, inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    ProvisionedUser apply(long id, String username, UserChange change) {
        if (change.userName != null && heldByAnother("lower(external_user_name) = lower(:value)", change.userName,
                id)) {
            throw ScimError.uniqueness("Another user already has the userName '" + change.userName + "'.");
        }
        if (change.externalIdGiven && change.externalId != null
                && heldByAnother("external_id = :value", change.externalId, id)) {
            throw ScimError.uniqueness("Another user already has the externalId '" + change.externalId + "'.");
        }
        AccountChanges changes = new AccountChanges(change.requestedDisplayName(), change.email, null, change.active);
        check(changes);
        Account account = changeAccount.change(username, changes);
        if (change.userName != null) {
            account.externalUserName = change.userName;
        }
        if (change.externalIdGiven) {
            account.externalId = change.externalId;
        }
        try {
            Account.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.isCause(e)) {
                throw ScimError.uniqueness("Another user took this userName or externalId at the same moment.");
            }
            throw e;
        }
        return ProvisionedUser.byId(entityManager, id).orElseThrow(ScimError::notFound);
    }

    /** The display name and e-mail address obey the same rules as an admin's change (Relay's own limits). */
    void check(AccountChanges changes) {
        var violations = validator.validate(changes);
        if (!violations.isEmpty()) {
            throw ScimError.invalidValue(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(ChangeProvisionedUser::describe).collect(Collectors.joining("; ")) + ".");
        }
    }

    private static String describe(ConstraintViolation<AccountChanges> violation) {
        String field = violation.getPropertyPath().toString();
        return (field.equals("email") ? "emails[type eq \"work\"].value" : field) + " " + violation.getMessage();
    }

    private boolean heldByAnother(String condition, String value, long id) {
        return !NativeSql.of(entityManager, "select id from account where " + condition + " and id <> :id limit 1")
                .bind("value", value).bind("id", id).query().getResultList().isEmpty();
    }
}
