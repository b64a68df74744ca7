package nl.relay.mailin.transport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.relay.platform.outbox.OutboxHandler;

/**
 * In the tests, a second taker of {@link InboundMailReceived} beside the intake (the Outbox refuses a message no
 * handler takes): it only counts the tasks it was handed per stored mail, so a test sees that each mail got exactly
 * one, and that a repeated Message-ID got none.
 */
@ApplicationScoped
public class IntakeStandIn implements OutboxHandler<InboundMailReceived> {

    private static final Map<Long, Integer> HANDED = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "mail-in.test-count";
    }

    @Override
    public Class<InboundMailReceived> takes() {
        return InboundMailReceived.class;
    }

    @Override
    public void handle(InboundMailReceived message) {
        HANDED.merge(message.inboundMailId(), 1, Integer::sum);
    }

    /** How many tasks this stored mail was handed in. */
    public static int tasksFor(long inboundMailId) {
        return HANDED.getOrDefault(inboundMailId, 0);
    }
}
