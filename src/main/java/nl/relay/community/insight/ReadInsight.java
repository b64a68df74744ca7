package nl.relay.community.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

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

    @Transactional
    public InsightReport read(InsightPeriod period) {
        PerWeek<PostCounts.Counts> written = posts.read(period);
        PerWeek<Long> active = people.read(period);
        PerWeek<MustReadReceipts.Receipts> mustRead = receipts.read(period);
        PerWeek<FirstAnswers.Answers> asked = answers.read(period);
        PerWeek<MailSaved.Mails> saved = mail.read(period);
        List<InsightReport.WeekInsight> weeks = period.mondays().stream()
                .map(monday -> new InsightReport.WeekInsight(isoWeek(monday), monday, figures(written.at(monday),
                        active.at(monday), mustRead.at(monday), asked.at(monday), saved.at(monday))))
                .toList();
        InsightReport.Figures total = figures(written.total(), active.total(), mustRead.total(), asked.total(),
                saved.total());
        return new InsightReport(period.firstMonday(), period.lastDay(), period.zone().getId(), weeks, total,
                matches.byClient(period), matches.bySector(period), matches.total(period), topics.read(period));
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
