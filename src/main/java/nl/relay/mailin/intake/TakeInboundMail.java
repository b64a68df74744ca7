package nl.relay.mailin.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.relay.mailin.transport.InboundMail;
import nl.relay.mailin.transport.InboundMails;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.outbox.Outbox;
import nl.relay.posts.PublishPost;
import nl.relay.posts.attachments.AttachFiles;
import org.jboss.logging.Logger;

/**
 * Turns one mail that arrived into a post or reply, or refuses it with an answer to its sender. The post, its
 * attachments and the mail's outcome are written in one transaction, which first locks the mail: two instances
 * taking the same mail make one post, and a mail once settled is never taken again.
 */
@ApplicationScoped
class TakeInboundMail {

    private static final Logger LOG = Logger.getLogger(TakeInboundMail.class);

    /** Refusals answered per sender address per hour, at most: a broken autoresponder cannot keep a loop going. */
    private static final int ANSWERS_PER_HOUR = 5;

    /** Refusals answered per hour in all: forged senders, however many, cannot make Relay a source of mail. */
    private static final int ALL_ANSWERS_PER_HOUR = 200;

    private final InboundMails inbound;
    private final DecideInboundMail decide;
    private final PublishPost publish;
    private final Outbox outbox;
    private final EntityManager entityManager;

    TakeInboundMail(InboundMails inbound, DecideInboundMail decide, PublishPost publish, Outbox outbox,
            EntityManager entityManager) {
        this.inbound = inbound;
        this.decide = decide;
        this.publish = publish;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    void take(long inboundMailId) {
        Optional<InboundMail> mail = inbound.find(inboundMailId).filter(m -> "received".equals(m.status()));
        if (mail.isEmpty() || mail.get().raw() == null) {
            return;
        }
        switch (decide.decide(mail.get())) {
            case Decision.Ignore ignore -> settle(inboundMailId, () -> inbound.settle(inboundMailId, "ignored",
                    ignore.why(), null));
            case Decision.Refuse refuse -> refuse(inboundMailId, refuse.reason(), refuse.answer());
            case Decision.Publish post -> publish(inboundMailId, post);
        }
    }

    private void publish(long id, Decision.Publish decision) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (!lockUnsettled(id)) {
                    return;
                }
                long postId = publish.publishMailed(decision.authorId(), decision.post(), AttachFiles.FIELD,
                        decision.files());
                inbound.settle(id, decision.post().inReplyTo() == null ? "posted" : "replied", null, postId);
                if (!decision.unknownAddresses().isEmpty()) {
                    outbox.send(MailInAnswer.posted(id, decision.answer(), postId, decision.unknownAddresses()));
                }
            });
        } catch (ProblemException refused) {
            // The post's own rules said no (a thread removed meanwhile, a group left, attachments too large).
            refuse(id, RefusalOfPost.of(refused), decision.answer());
        }
    }

    private void refuse(long id, Refusal reason, Decision.Answer answer) {
        settle(id, () -> {
            boolean answered = answer.to() != null && answersLastHour(answer.to()) < ANSWERS_PER_HOUR
                    && answersLastHour("") < ALL_ANSWERS_PER_HOUR;
            inbound.settle(id, "refused", answered ? reason.code() : reason.code() + "-unanswered", null);
            if (answered) {
                outbox.send(MailInAnswer.refused(id, answer, reason));
            } else {
                LOG.infof("Inbound mail %d refused (%s) without an answer: too many answers to its sender", id,
                        reason.code());
            }
        });
    }

    /** Writes the outcome in a transaction of its own, once: a mail another instance settled first is left alone. */
    private void settle(long id, Runnable outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (lockUnsettled(id)) {
                outcome.run();
            }
        });
    }

    private boolean lockUnsettled(long id) {
        List<String> status = NativeSql.select(entityManager,
                "select status from inbound_mail where id = :id for update").bind("id", id)
                .list(row -> row.text("status"));
        return status.size() == 1 && "received".equals(status.get(0));
    }

    /** Refusals answered in the last hour: to this address, or to anyone when it is empty. */
    private long answersLastHour(String address) {
        return NativeSql.select(entityManager, """
                select count(*) as answers from inbound_mail
                where (:address = '' or lower(envelope_from) = lower(:address))
                  and status = 'refused' and outcome not like '%-unanswered'
                  and settled_at > now() - interval '1 hour'""")
                .bind("address", address).one(row -> row.longValue("answers"));
    }
}
