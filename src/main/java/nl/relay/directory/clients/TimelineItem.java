package nl.relay.directory.clients;

import java.time.Instant;
import nl.relay.posts.PostView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of a client's timeline: a vacancy (with its post), a signal, a proposal (recruiters only) or
 * another post about the client.
 */
public record TimelineItem(
        @Schema(enumeration = {
                "vacancy", "signal", "proposal", "post"}) String type,
        Instant at,
        @Schema(nullable = true) PostView post,
        @Schema(nullable = true) VacancyRef vacancy,
        @Schema(nullable = true) ProposalRef proposal) {

    /** Someone named in the timeline. */
    public record Person(String username, String displayName) {
    }

    /** A vacancy at the client, with its status (open, on-hold, filled, closed). */
    public record VacancyRef(long id, String title, String status, Person owner) {
    }

    /** A candidate proposed to one of the client's vacancies, with the proposal's status. */
    public record ProposalRef(long id, long vacancyId, String vacancyTitle, long candidateId, String candidateTitle,
            Person proposedBy, String status) {
    }
}
