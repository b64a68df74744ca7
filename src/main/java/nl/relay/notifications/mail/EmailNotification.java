package nl.relay.notifications.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.outbox.OutboxHandler;

/**
 * Outbox job: mails one notification, when its time comes (after the email delay for news, at once for an
 * alert), with the letter its type's feature writes. If the mail server is down the job fails and the
 * outbox retries it with backoff; the Message-ID is the notification's, so every retry is the same message
 * and a receiving server can recognise a repeat.
 * <p>
 * One job at a time mails a notification, on any instance: the job takes an advisory lock on it first, so a second
 * waits and then finds it mailed. The notification's row itself is not locked against change while the mail server
 * is talked to: a person who reads or acknowledges it meanwhile never waits for a slow or silent mail server.
 */
@ApplicationScoped
class EmailNotification implements OutboxHandler<NotificationMail> {

    /** The advisory lock (with the notification) that lets one job at a time mail a notification. */
    private static final int MAILING_LOCK = 7340020;

    private final EntityManager entityManager;
    private final List<NotificationLetters> letters;
    private final MailSender mailer;

    EmailNotification(EntityManager entityManager, Instance<NotificationLetters> letters, MailSender mailer) {
        this.entityManager = entityManager;
        this.letters = letters.stream().toList();
        this.mailer = mailer;
    }

    @Override
    public String name() {
        return "notification.email";
    }

    @Override
    public Class<NotificationMail> takes() {
        return NotificationMail.class;
    }

    @Override
    public boolean reachesOutside() {
        return true;
    }

    @Override
    public void handle(NotificationMail message) {
        long id = message.notificationId();
        NativeSql.of(entityManager, "select pg_advisory_xact_lock(:lock, cast(:id % 2147483647 as int))")
                .bind("lock", MAILING_LOCK).bind("id", id).query().getSingleResult();
        // Held for key share: the row stays while the mail is handed over, but reading and acknowledging it (which
        // change no key) never wait for the mail server. The letters read it under this lock.
        Optional<String> type = entityManager.createNativeQuery(
                "select type from notification where id = ?1 and emailed_at is null for key share", String.class)
                .setParameter(1, id).getResultStream().findFirst().map(String.class::cast);
        Optional<Letter> letter = type.flatMap(t -> letters.stream().filter(l -> l.writes(t)).findFirst())
                .flatMap(writer -> writer.letterFor(id));
        if (letter.isEmpty()) {
            return;
        }
        mailer.send(letter.get());
        entityManager.createNativeQuery("update notification set emailed_at = now() where id = ?1")
                .setParameter(1, id).executeUpdate();
    }
}
