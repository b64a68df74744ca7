package nl.relay.privacy.erasure;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an erasure found and changed where: the records of the person (by id), and per store how many rows were
 * found and changed, with their ids. Never a name, email or phone: it is kept, and shown to the privacy officer.
 */
public record ErasureReport(long id, Instant at, Eraser by, Found found, List<StoreChange> changes,
        @Schema(description = "Every store the erasure looked in") List<String> examined,
        @Schema(description = "The legal holds an admin erased despite (empty when none)") List<Hold> overriddenHolds) {

    /** No holds overridden when none are named. */
    public ErasureReport {
        overriddenHolds = overriddenHolds == null ? List.of() : List.copyOf(overriddenHolds);
    }

    /** A legal hold, by whose anonymisation it suspends (kind candidate or referral, and id); never its reason. */
    public record Hold(String kind, long id) {
    }

    /** Who answered the request. */
    public record Eraser(String username, String displayName) {
    }

    /** The person's records found (candidate and referral ids), before they were blanked. */
    public record Found(List<Long> candidates, List<Long> referrals) {
    }

    /**
     * One store: how many rows held the person's data (found), how many of them were changed, which (ids: posts
     * by post id, versions by their post's id, records by their own id) and what was done.
     */
    public record StoreChange(String store, int found, int changed, List<Long> ids, String what) {
    }
}
