package nl.relay.accounts.sso;

/** Why the provider's word was not enough to let someone in. */
class RefusedSignIn extends RuntimeException {

    enum Reason {
        /** The account is deactivated (or pseudonymised): a valid provider token changes nothing. */
        INACTIVE,
        /** Relay does not know the person and does not create accounts at sign-in. */
        UNKNOWN,
        /** The token lacks the claim that finds the account, or a subject. */
        INCOMPLETE,
        /** Two accounts share the address the claim names; an admin must tell them apart. */
        AMBIGUOUS,
        /** The account is already linked to another identity at the provider. */
        LINKED_ELSEWHERE,
        /**
         * The address that would link the account is one the provider says it did not check, or the account has
         * powers (admin, privacy officer) and the provider does not say it checked it.
         */
        UNVERIFIED
    }

    private final Reason reason;

    RefusedSignIn(Reason reason) {
        super("Single sign-on refused: " + reason);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
