package nl.relay.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every outbox handler, by its name, and which take a given message; every message type, by its name. */
@ApplicationScoped
class OutboxHandlers {

    private final Map<String, OutboxHandler<?>> byName = new HashMap<>();
    private final Map<String, Class<? extends OutboxMessage>> messageTypes = new HashMap<>();

    OutboxHandlers(Instance<OutboxHandler<?>> handlers) {
        for (OutboxHandler<?> handler : handlers) {
            OutboxHandler<?> before = byName.put(handler.name(), handler);
            if (before != null) {
                throw new IllegalStateException("two outbox handlers named " + handler.name());
            }
            collect(handler.takes());
        }
    }

    private void collect(Class<? extends OutboxMessage> type) {
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                collect(permitted.asSubclass(OutboxMessage.class));
            }
        } else {
            messageTypes.put(name(type), type);
        }
    }

    Optional<OutboxHandler<?>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The handlers that take this message, each of which gets a task of its own. */
    List<OutboxHandler<?>> taking(OutboxMessage message) {
        List<OutboxHandler<?>> taking = new ArrayList<>();
        byName.values().forEach(handler -> {
            if (handler.takes().isInstance(message)) {
                taking.add(handler);
            }
        });
        if (taking.isEmpty()) {
            throw new IllegalStateException("no outbox handler takes " + name(message.getClass()));
        }
        return taking;
    }

    /** The names of the handlers whose work reaches outside the database. */
    List<String> reachingOutside() {
        return byName.values().stream().filter(OutboxHandler::reachesOutside).map(OutboxHandler::name).toList();
    }

    Optional<Class<? extends OutboxMessage>> messageType(String name) {
        return Optional.ofNullable(messageTypes.get(name));
    }

    static String name(Class<?> messageType) {
        return messageType.getSimpleName();
    }
}
