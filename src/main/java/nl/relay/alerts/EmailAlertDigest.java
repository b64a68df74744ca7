package nl.relay.alerts;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.relay.notifications.MailLinks;
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
    private final Mailer mailer;
    private final MailLinks links;

    EmailAlertDigest(EntityManager entityManager, DigestMatches matches, Mailer mailer, MailLinks links) {
        this.entityManager = entityManager;
        this.matches = matches;
        this.mailer = mailer;
        this.links = links;
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
        AlertMail content = new AlertMail((String) account[1], sections, links.to("/settings"));
        Locale locale = Locale.forLanguageTag(account[2] == null ? "nl" : (String) account[2]);
        mailer.send(Mail.withHtml((String) account[0],
                MailText.render(AlertEmails.alertSubject(content, period.frequency()), locale).strip(),
                MailText.render(AlertEmails.alertHtml(content, period.frequency()), locale))
                .setText(MailText.render(AlertEmails.alertText(content, period.frequency()), locale))
                .addHeader("Message-ID",
                        links.messageId("alert-digest-" + accountId + "-" + payload.replace(':', '-'))));
    }

    private List<AlertMail.AlertSection> sections(List<Object[]> rows) {
        Map<Long, List<Object[]>> byAlert = new LinkedHashMap<>();
        rows.forEach(row -> byAlert.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(row));
        List<AlertMail.AlertSection> sections = new ArrayList<>();
        byAlert.forEach((alertId, posts) -> sections.add(new AlertMail.AlertSection((String) posts.get(0)[1],
                links.to("/alerts/" + alertId), posts.size(), posts.stream().limit(POSTS_PER_ALERT)
                        .map(p -> new AlertMail.Match((String) p[3], MailText.excerpt((String) p[4]),
                                links.to("/posts/" + ((Number) p[2]).longValue())))
                        .toList())));
        return sections;
    }
}
