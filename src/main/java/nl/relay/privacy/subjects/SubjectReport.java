package nl.relay.privacy.subjects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.relay.posts.PostView;
import nl.relay.privacy.AuditEntry;
import nl.relay.privacy.SubjectKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything Relay holds about one person, for answering an access request (AVG/GDPR Art. 15): their candidate
 * and referral records, the posts that name them, who was granted access to their details and who read them.
 */
public record SubjectReport(
        @Schema(description = "The normalised e-mail address and phone number the records were found by") Identifiers identifiers,
        Instant compiledAt,
        List<CandidateRecord> candidates,
        List<ReferralRecord> referrals,
        @Schema(description = "How long each record is kept: when retention anonymises it (null while its procedure "
                + "has no end yet) and whether a legal hold stops that") List<Retention> retention,
        @Schema(description = "Posts whose text, now or in an earlier version, names the person") List<NamingPost> posts,
        @Schema(description = "The read audit of these records, newest first (this request included)") List<AuditEntry> reads) {

    /** When retention anonymises one record, and whether a legal hold suspends it. */
    public record Retention(SubjectKind kind, long id, @Schema(nullable = true) Instant dueAt, boolean held) {
    }

    /** The e-mail addresses and phone numbers the person is known by here (normalised). */
    public record Identifiers(List<String> emails, List<String> phones) {
    }

    /** A candidate offer of the person: their details, consent, the anonymous profile and what happened to it. */
    public record CandidateRecord(long id, Details person, Consent consent, Profile profile, String status,
            PostView.Person owner, long postId, Instant createdAt, Instant lastActivityAt, Instant expiresAt,
            List<Grant> access, List<ProposalRecord> proposals, List<InterestRecord> interests,
            @Schema(nullable = true, description = "The person's CV, when one is stored (its content is not in the "
                    + "report: the privacy officer downloads it from the candidate if the person asks for a copy)") Cv cv) {
    }

    /** A stored CV: its name, detected type, size and when it was uploaded. */
    public record Cv(String filename, String contentType, long size, Instant uploadedAt) {
    }

    /** The person's details as recorded. */
    public record Details(String name, @Schema(nullable = true) String email, @Schema(nullable = true) String phone) {
    }

    /**
     * Whether they consented (null: a referral made before consent was asked), when and how they were informed, and
     * where they came from.
     */
    public record Consent(@Schema(nullable = true) Boolean given, @Schema(nullable = true) Instant informedAt,
            @Schema(nullable = true) String informedHow, @Schema(nullable = true) String source) {
    }

    /** The anonymous profile its post shows. */
    public record Profile(String title, String summary, List<String> skills, @Schema(nullable = true) String seniority,
            LocalDate availableFrom, int hoursPerWeek, String region, @Schema(nullable = true) Integer rate,
            List<String> contractTypes, @Schema(nullable = true) PostView.ClientRef client,
            @Schema(nullable = true) String sectorCode) {
    }

    /** The owner let a colleague read the person's details. */
    public record Grant(PostView.Person to, PostView.Person grantedBy, Instant grantedAt) {
    }

    /** The candidate proposed to a vacancy of a client. */
    public record ProposalRecord(long id, VacancyRef vacancy, PostView.ClientRef client, String status,
            PostView.Person proposedBy, Instant proposedAt, Instant changedAt) {
    }

    /** A recruiter's interest in the candidate. */
    public record InterestRecord(PostView.Person by, @Schema(nullable = true) VacancyRef vacancy, String note,
            Instant createdAt) {
    }

    /** A vacancy, by id and title. */
    public record VacancyRef(long id, String title) {
    }

    /** The person referred to a vacancy by a colleague. */
    public record ReferralRecord(long id, Referred person, Consent consent, VacancyRef vacancy,
            PostView.ClientRef client, PostView.Person vacancyOwner, PostView.Person referrer, Instant createdAt) {
    }

    /** The referred person's details and the referrer's note. */
    public record Referred(String name, @Schema(nullable = true) String email, String note) {
    }

    /** A post that names the person, with the passages that do. */
    public record NamingPost(long id, PostView.Person author, Instant createdAt, boolean removed,
            List<Excerpt> excerpts) {
    }

    /** A passage of one version of a post (the current text or an earlier one) and when that version was written. */
    public record Excerpt(Instant writtenAt, String text) {
    }
}
