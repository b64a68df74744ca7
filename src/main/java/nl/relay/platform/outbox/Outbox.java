package nl.relay.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.relay.platform.database.NativeSql;

/**
 * Records background work in the caller's transaction (a transactional outbox): the work is committed
 * together with its cause, or not at all, and survives a crash right after the commit. The one writer of
 * outbox_task: a message goes in as a typed record, one task per handler that takes it.
 */
@ApplicationScoped
public class Outbox {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final EntityManager entityManager;
    private final OutboxHandlers handlers;
    private final Event<OutboxTaskRecorded> recorded;

    Outbox(EntityManager entityManager, OutboxHandlers handlers, Event<OutboxTaskRecorded> recorded) {
        this.entityManager = entityManager;
        this.handlers = handlers;
        this.recorded = recorded;
    }

    /** The work for this message, to be done right after the commit. */
    public void send(OutboxMessage message) {
        sendAll(List.of(message), Duration.ZERO);
    }

    /** The work for these messages, to be done {@code delay} after now; in one statement. */
    public void sendAll(Collection<? extends OutboxMessage> messages, Duration delay) {
        List<String> names = new ArrayList<>();
        List<Long> subjects = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        Set<String> woken = new LinkedHashSet<>();
        for (OutboxMessage message : messages) {
            String payload = payload(message);
            for (OutboxHandler<?> handler : handlers.taking(message)) {
                names.add(handler.name());
                subjects.add(message.subjectId());
                types.add(OutboxHandlers.name(message.getClass()));
                payloads.add(payload);
                woken.add(handler.name());
            }
        }
        if (names.isEmpty()) {
            return;
        }
        NativeSql.of(entityManager, """
                insert into outbox_task (kind, subject_id, message, payload, run_after)
                select t.kind, t.subject_id, t.message, t.payload, now() + make_interval(secs => :delay)
                from unnest(cast(:kinds as text[]), cast(:subjects as bigint[]), cast(:messages as text[]),
                            cast(:payloads as text[])) as t(kind, subject_id, message, payload)""")
                .bind("kinds", names.toArray(String[]::new))
                .bind("subjects", subjects.toArray(Long[]::new))
                .bind("messages", types.toArray(String[]::new))
                .bind("payloads", payloads.toArray(String[]::new))
                .bind("delay", delay.toMillis() / 1000.0)
                .query().executeUpdate();
        // Delivered after the commit (see OutboxWorker), so the worker never looks too early.
        woken.forEach(name -> recorded.fire(new OutboxTaskRecorded(name)));
    }

    /** The message a task carries, read back as the record it was written from. */
    OutboxMessage read(String messageType, String payload) {
        Class<? extends OutboxMessage> type = handlers.messageType(messageType)
                .orElseThrow(() -> new IllegalStateException("no handler takes message " + messageType));
        try {
            return JSON.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + messageType + " message: " + e.getOriginalMessage());
        }
    }

    private static String payload(OutboxMessage message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + message, e);
        }
    }

    /** A task was recorded in the current transaction. */
    public record OutboxTaskRecorded(String kind) {
    }
}
