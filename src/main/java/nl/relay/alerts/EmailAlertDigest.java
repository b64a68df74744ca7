package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.relay.notifications.MailText;
import nl.relay.platform.OutboxHandler;

/**
 * Outbox job: a person's daily or weekly alert digest by email: per alert that mails, how many posts
 * matched in the period and the newest few. Nothing is sent for a quiet period or to someone who turned
 * email off. Sent once: the Message-ID names the person, the frequency and the period.
 */
@ApplicationScoped
class EmailAlertDigest implements OutboxHandler {

    private static final int POSTS_PER_ALERT = 10;

    private final EntityManager entityManager;
    private final DigestMatches matches;
    private final AlertMailer mailer;

    EmailAlertDigest(EntityManager entityManager, DigestMatches matches, AlertMailer mailer) {
        this.entityManager = entityManager;
        this.matches = matches;
        this.mailer = mailer;
    }

    @Override
    public String kind() {
        return CollectAlertDigests.EMAIL;
    }

    @Override
    public boolean reachesOutside() {
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handle(long accountId, String payload) {
        List<Object[]> accounts = entityManager.createNativeQuery("select email, display_name, language from account "
                + "where id = ?1 and active and email_delivery <> 'off'").setParameter(1, accountId).getResultList();
        if (accounts.isEmpty()) {
            return;
        }
        DigestPeriod period = DigestPeriod.parse(payload);
        List<AlertMail.AlertSection> sections = sections(matches.of(accountId, period, Alert.EMAIL));
        if (sections.isEmpty()) {
            return;
        }
        Object[] account = accounts.get(0);
        AlertMail content = new AlertMail((String) account[1], sections, mailer.link("/settings"));
        mailer.send((String) account[0], (String) account[2], content, period.frequency(),
                "alert-digest-" + accountId + "-" + payload.replace(':', '-'));
    }

    private List<AlertMail.AlertSection> sections(List<Object[]> rows) {
        Map<Long, List<Object[]>> byAlert = new LinkedHashMap<>();
        rows.forEach(row -> byAlert.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(row));
        List<AlertMail.AlertSection> sections = new ArrayList<>();
        byAlert.forEach((alertId, posts) -> sections.add(new AlertMail.AlertSection((String) posts.get(0)[1],
                mailer.link("/alerts/" + alertId), posts.size(), posts.stream().limit(POSTS_PER_ALERT)
                        .map(p -> new AlertMail.Match((String) p[3], MailText.excerpt((String) p[4]),
                                mailer.link("/posts/" + ((Number) p[2]).longValue())))
                        .toList())));
        return sections;
    }
}
