package nl.relay.recruitment.matches;

import jakarta.enterprise.context.ApplicationScoped;
import nl.relay.platform.outbox.OutboxHandler;
import nl.relay.recruitment.OnOfferAgain;

/**
 * Outbox job for a candidate or vacancy on offer again or changed while on offer: the owners of what fits it now
 * and were not told before are told ({@link TellMatches}).
 */
@ApplicationScoped
class NotifyMatchesAgain implements OutboxHandler<OnOfferAgain> {

    private final TellMatches tellMatches;

    NotifyMatchesAgain(TellMatches tellMatches) {
        this.tellMatches = tellMatches;
    }

    @Override
    public String name() {
        return "recruitment.match-again";
    }

    @Override
    public Class<OnOfferAgain> takes() {
        return OnOfferAgain.class;
    }

    @Override
    public void handle(OnOfferAgain message) {
        tellMatches.tell(message.postId());
    }
}
