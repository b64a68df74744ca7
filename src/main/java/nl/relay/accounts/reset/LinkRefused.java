package nl.relay.accounts.reset;

import nl.relay.platform.errors.ProblemException;

/**
 * A reset link that cannot be used: 400 for text that is no link Relay made (mistyped, cut short, forged), 410 for
 * a link Relay made that is over (expired, used, replaced by a newer one, or its password changed since).
 */
class LinkRefused extends ProblemException {

    enum Why {

        NOT_A_LINK(400, "This is not a valid password reset link: copy the whole link from the mail, or ask for a "
                + "new one."), OVER(410,
                        "This password reset link has expired, was used already or was replaced by a newer one: ask for "
                                + "a new one.");

        private final int status;
        private final String detail;

        Why(int status, String detail) {
            this.status = status;
            this.detail = detail;
        }
    }

    private final Why why;

    LinkRefused(Why why) {
        super(why.detail);
        this.why = why;
    }

    Why why() {
        return why;
    }

    @Override
    public int status() {
        return why.status;
    }
}
