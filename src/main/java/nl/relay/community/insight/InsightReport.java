package nl.relay.community.insight;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the admins' insight shows for a period of whole ISO weeks: counts only, never a post's text, a private
 * group's name or a person.
 */
@Schema(description = "Insight for admins over whole ISO weeks (Monday to Sunday, in relay.insight.time-zone)")
public record InsightReport(
        @Schema(description = "The Monday the period starts") LocalDate from,
        @Schema(description = "The Sunday the period ends (inclusive)") LocalDate to,
        @Schema(description = "The time zone of the days and weeks", examples = "Europe/Amsterdam") String timeZone,
        List<WeekInsight> weeks,
        @Schema(description = "The whole period; active people counted once however many weeks they were active") Figures total,
        @Schema(description = "Alert matches of the period's posts by the client they are about, most first (at most 20)") List<ClientMatches> clients,
        @Schema(description = "Alert matches of the period's posts by sector, most first") List<SectorMatches> sectors,
        @Schema(description = "Alert matches of the period's posts, with or without a client") long alertMatches,
        @Schema(description = "The topics of most posts everyone may read, most first (at most 20)") List<TopicCount> topics) {

    /** One ISO week. */
    public record WeekInsight(
            @Schema(description = "ISO week", examples = "2025-W07") String week,
            @Schema(description = "Its Monday") LocalDate monday,
            Figures figures) {
    }

    /** The figures of a week or of the whole period. */
    public record Figures(
            @Schema(description = "Thread starts written (not removed), private groups' included") long posts,
            @Schema(description = "Replies written (not removed), private groups' included") long replies,
            @Schema(description = "People who wrote, replied, liked or acknowledged a must-read post") long activePeople,
            @Schema(description = "Must-read notifications of the posts written (one per addressee)") long mustReadAddressed,
            @Schema(description = "Of those, acknowledged by now") long mustReadAcknowledged,
            @Schema(description = "Acknowledged divided by addressed; null when nobody was addressed", nullable = true) Double mustReadAcknowledgedShare,
            @Schema(description = "Median seconds from the post to its acknowledgement", nullable = true) Long medianSecondsToAcknowledge,
            @Schema(description = "Questions asked (thread starts of kind question)") long questions,
            @Schema(description = "Of those, with a reply by someone other than the asker by now") long questionsAnswered,
            @Schema(description = "Median seconds from a question to its first answer", nullable = true) Long medianSecondsToFirstAnswer,
            @Schema(description = "Internal mails saved (see the README for the formula)") long mailsSaved,
            @Schema(description = "The recipients of those mails, summed") long mailRecipientsSaved) {
    }

    /** Alert matches about one client. */
    public record ClientMatches(long clientId, String name, long matches) {
    }

    /** Alert matches in one sector. */
    public record SectorMatches(String code, String nameNl, String nameEn, long matches) {
    }

    /** A topic and the posts everyone may read that carry it. */
    public record TopicCount(String topic, long posts) {
    }
}
