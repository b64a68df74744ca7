package nl.relay.community.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The admins' insight for a period: each metric is one set-based query over the period (by week and in total), put
 * together here week by week; no query per week or per person.
 */
@ApplicationScoped
public class ReadInsight {

    private final InsightConfig config;
    private final Clock clock;
    private final PostCounts posts;
    private final ActivePeople people;
    private final MustReadReceipts receipts;
    private final FirstAnswers answers;
    private final MailSaved mail;
    private final AlertMatchCounts matches;
    private final TopTopics topics;

    ReadInsight(InsightConfig config, Clock clock, PostCounts posts, ActivePeople people, MustReadReceipts receipts,
            FirstAnswers answers, MailSaved mail, AlertMatchCounts matches, TopTopics topics) {
        this.config = config;
        this.clock = clock;
        this.posts = posts;
        this.people = people;
        this.receipts = receipts;
        this.answers = answers;
        this.mail = mail;
        this.matches = matches;
        this.topics = topics;
    }

    /** The period asked for (ISO dates, either may be null), checked: 422 when it is not one. */
    public InsightPeriod period(String from, String to) {
        return InsightPeriod.of(from, to, clock, config);
    }

    /** Every part of the insight, as the page and the JSON show it. */
    @Transactional
    public InsightReport read(InsightPeriod period) {
        return read(period, EnumSet.allOf(InsightPart.class));
    }

    /** Only these parts; the others read nothing (their figures zero, their lists empty), as a CSV download needs. */
    @Transactional
    public InsightReport read(InsightPeriod period, Set<InsightPart> parts) {
        PerWeek<PostCounts.Counts> written = parts.contains(InsightPart.ACTIVITY)
                ? posts.read(period)
                : PerWeek.none(new PostCounts.Counts(0, 0));
        PerWeek<Long> active = parts.contains(InsightPart.ACTIVITY) ? people.read(period) : PerWeek.none(0L);
        PerWeek<MustReadReceipts.Receipts> mustRead = parts.contains(InsightPart.MUST_READ)
                ? receipts.read(period)
                : PerWeek.none(new MustReadReceipts.Receipts(0, 0, null));
        PerWeek<FirstAnswers.Answers> asked = parts.contains(InsightPart.QUESTIONS)
                ? answers.read(period)
                : PerWeek.none(new FirstAnswers.Answers(0, 0, null));
        PerWeek<MailSaved.Mails> saved = parts.contains(InsightPart.MAIL_SAVED)
                ? mail.read(period)
                : PerWeek.none(new MailSaved.Mails(0, 0));
        List<InsightReport.WeekInsight> weeks = period.mondays().stream()
                .map(monday -> new InsightReport.WeekInsight(isoWeek(monday), monday, figures(written.at(monday),
                        active.at(monday), mustRead.at(monday), asked.at(monday), saved.at(monday))))
                .toList();
        InsightReport.Figures total = figures(written.total(), active.total(), mustRead.total(), asked.total(),
                saved.total());
        boolean alerts = parts.contains(InsightPart.ALERT_MATCHES);
        return new InsightReport(period.firstMonday(), period.lastDay(), period.zone().getId(), weeks, total,
                alerts ? matches.byClient(period) : List.of(), alerts ? matches.bySector(period) : List.of(),
                alerts ? matches.total(period) : 0,
                parts.contains(InsightPart.TOPICS) ? topics.read(period) : List.of());
    }

    /** The ISO week of a Monday, such as 2025-W07. */
    public static String isoWeek(LocalDate monday) {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static InsightReport.Figures figures(PostCounts.Counts written, long active,
            MustReadReceipts.Receipts mustRead, FirstAnswers.Answers asked, MailSaved.Mails saved) {
        Double share = mustRead.addressed() == 0 ? null : (double) mustRead.acknowledged() / mustRead.addressed();
        return new InsightReport.Figures(written.posts(), written.replies(), active, mustRead.addressed(),
                mustRead.acknowledged(), share, mustRead.medianSeconds(), asked.questions(), asked.answered(),
                asked.medianSeconds(), saved.mails(), saved.recipients());
    }
}
