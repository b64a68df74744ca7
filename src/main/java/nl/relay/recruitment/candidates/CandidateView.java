package nl.relay.recruitment.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A candidate as the API shows it: the anonymous profile to every reader of its post; the person, consent,
 * access list and interests only to those allowed (null for everyone else).
 */
public record CandidateView(long id, long postId, String title, String summary, List<String> skills,
        @Schema(nullable = true) String seniority, LocalDate availableFrom, int hoursPerWeek, RegionRef region,
        @Schema(nullable = true) Integer rate, List<String> contractTypes,
        @Schema(nullable = true) ClientRef client, @Schema(nullable = true) SectorRef sector,
        @Schema(nullable = true) GroupRef group, CandidateStatus status, Instant expiresAt, Instant lastActivityAt,
        Instant createdAt, Owner owner,
        @Schema(nullable = true, description = "Only for the owner and recruiters granted access") PersonRef person,
        @Schema(nullable = true, description = "Only for the owner and recruiters granted access") ConsentRef consent,
        @Schema(nullable = true, description = "Usernames granted access; only for the owner") List<String> access,
        @Schema(nullable = true, description = "Only for the owner") List<InterestView> interests,
        @Schema(nullable = true, description = "Only in the answer to an offer: active candidates of a similar "
                + "name in the same region") List<PossibleDuplicate> possibleDuplicates,
        @Schema(nullable = true, description = "The person's CV, if one is stored; only for the owner and "
                + "recruiters granted access") CvRef cv) {

    /** A stored CV: personal data, downloaded at url by those who may read the person (each read recorded). */
    public record CvRef(String filename, @Schema(description = "Detected from the content") String contentType,
            @Schema(description = "Bytes") long size, Instant uploadedAt, String url) {

        /** The size as people read it (34 KiB), for the pages. */
        public String readableSize() {
            return nl.relay.posts.attachments.Sizes.readable(size);
        }

        @Override
        public String toString() {
            return "CvRef[hidden]";
        }
    }

    /** The recruiter who offers the candidate. */
    public record Owner(String username, String displayName) {
    }

    /** The region with its name in the reader's language. */
    public record RegionRef(String code, String name) {
    }

    public record ClientRef(long id, String name) {
    }

    public record SectorRef(String code, String name) {
    }

    public record GroupRef(long id, String name) {
    }

    /** The person behind the candidate; once anonymised, name is a marker and anonymisedAt says when. */
    public record PersonRef(String name, @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
            @Schema(nullable = true, description = "When retention anonymised the person") Instant anonymisedAt) {

        /** Personal data never reaches a log line, not even through a record's printed form. */
        @Override
        public String toString() {
            return "PersonRef[hidden]";
        }
    }

    /**
     * The person's consent to being offered: when and how they were informed, where they came from (one of
     * own-network, job-board, referral, linkedin, website, other; free text in older offers).
     */
    public record ConsentRef(boolean given, @Schema(nullable = true) Instant informedAt,
            @Schema(nullable = true, description = "email, phone, in-person, letter or other; null in older offers") String informedHow,
            String source) {

        @Override
        public String toString() {
            return "ConsentRef[hidden]";
        }
    }

    /** A colleague's interest in the candidate. */
    public record InterestView(long id, String username, String displayName, @Schema(nullable = true) Long vacancyId,
            String note, Instant createdAt) {
    }

    /**
     * An active candidate that may be the same person: never its person's details; its title only when you may
     * read its post.
     */
    public record PossibleDuplicate(@Schema(nullable = true) Long candidateId, Owner owner,
            @Schema(nullable = true) String title) {
    }

    CandidateView withPossibleDuplicates(List<PossibleDuplicate> duplicates) {
        return new CandidateView(id, postId, title, summary, skills, seniority, availableFrom, hoursPerWeek, region,
                rate, contractTypes, client, sector, group, status, expiresAt, lastActivityAt, createdAt, owner,
                person, consent, access, interests, duplicates, cv);
    }
}
