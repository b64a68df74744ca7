package nl.relay.alerts.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.relay.alerts.Alert;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.notifications.digest.DigestDue;
import nl.relay.notifications.digest.DigestPart;
import nl.relay.notifications.digest.DigestSection;
import nl.relay.notifications.mail.MailLinks;
import nl.relay.notifications.mail.MailRecipient;
import nl.relay.notifications.mail.MailText;
import nl.relay.notifications.mail.ReplyLinks;

/**
 * The digest's part for daily and weekly alerts: in the app, one notification per alert with new matches in
 * the period, saying how many (for the alerts that notify in the app); in the mail, per alert that mails,
 * how many posts matched and the newest few.
 */
@ApplicationScoped
class AlertDigest implements DigestSection {

    private static final int POSTS_PER_ALERT = 10;

    private final DigestMatches matches;
    private final WriteNotifications notifications;
    private final MailLinks links;
    private final ReplyLinks replies;

    AlertDigest(DigestMatches matches, WriteNotifications notifications, MailLinks links, ReplyLinks replies) {
        this.matches = matches;
        this.notifications = notifications;
        this.links = links;
        this.replies = replies;
    }

    @Override
    public String subscribers() {
        return "select distinct r.account_id, al.frequency from ("
                + AlertRecipients.of("al.frequency in ('daily', 'weekly') and cardinality(al.channels) > 0")
                + ") r join alert al on al.id = r.alert_id";
    }

    @Override
    public void notice(DigestDue due) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        matches.of(due, Alert.APP).forEach(match -> counts.merge(match.alertId(), 1, Integer::sum));
        notifications.write(counts.entrySet().stream()
                .map(count -> NewNotification.alertSummary(due.accountId(), count.getKey(), count.getValue()))
                .toList());
    }

    @Override
    public Optional<DigestPart> part(DigestDue due, MailRecipient to) {
        Map<Long, List<DigestMatches.DigestMatch>> byAlert = new LinkedHashMap<>();
        matches.of(due, Alert.EMAIL).forEach(m -> byAlert.computeIfAbsent(m.alertId(), id -> new ArrayList<>()).add(m));
        if (byAlert.isEmpty()) {
            return Optional.empty();
        }
        List<AlertMail.AlertSection> sections = new ArrayList<>();
        byAlert.forEach((alertId, posts) -> sections.add(new AlertMail.AlertSection(posts.get(0).alertName(),
                links.to("/alerts/" + alertId), posts.size(), posts.stream().limit(POSTS_PER_ALERT)
                        .map(p -> new AlertMail.Match(p.authorName(), MailText.excerpt(p.body()),
                                links.to("/posts/" + p.postId()),
                                replies.to(due.accountId(), p.postId(), p.body()).orElse(null)))
                        .toList())));
        AlertMail mail = new AlertMail(to.name(), sections, links.to("/settings"));
        List<Long> posts = byAlert.values().stream().flatMap(List::stream).map(DigestMatches.DigestMatch::postId)
                .distinct().toList();
        return Optional.of(new DigestPart(AlertEmails.alertDigestSubject(mail, due.frequency()),
                AlertEmails.alertDigestHtml(mail), AlertEmails.alertDigestText(mail), posts));
    }
}
