package nl.relay.mailin.intake;

import jakarta.enterprise.context.ApplicationScoped;
import nl.relay.mailin.transport.InboundMailReceived;
import nl.relay.platform.outbox.OutboxHandler;

/** Outbox job: a mail arrived and was stored; make it a post, a reply or a refusal. */
@ApplicationScoped
class ProcessInboundMail implements OutboxHandler<InboundMailReceived> {

    private final TakeInboundMail take;

    ProcessInboundMail(TakeInboundMail take) {
        this.take = take;
    }

    @Override
    public String name() {
        return "mail-in.process";
    }

    @Override
    public Class<InboundMailReceived> takes() {
        return InboundMailReceived.class;
    }

    /** Runs alone: it writes in transactions of its own, so a batch could not undo it anyway. */
    @Override
    public boolean reachesOutside() {
        return true;
    }

    @Override
    public void handle(InboundMailReceived message) {
        take.take(message.inboundMailId());
    }
}
