package nl.relay.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.relay.accounts.Account;
import nl.relay.accounts.Role;
import nl.relay.alerts.RedactAlerts;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.outbox.RedactOutbox;
import nl.relay.posts.RedactPosts;
import nl.relay.privacy.erasure.ErasureReport.StoreChange;
import nl.relay.search.index.PostIndex;

/**
 * Erasure on request (AVG art. 17): finds a person who is no user by email, phone or candidate, and takes their
 * name, email and phone out of every store, in one transaction: their records are blanked, and wherever colleagues
 * wrote them (posts and every earlier version, profiles, notes, alerts, waiting work) they become "[gewist]"; the
 * search terms follow. Answers and keeps a report without the identifiers. A second request finds nothing.
 */
@ApplicationScoped
public class ErasePerson {

    /** Every store looked in, in the report's order (the README says what each holds). */
    static final List<String> EXAMINED = List.of("candidate_person", "referral_person", "post", "post_version",
            "search_index", "candidate", "candidate_interest", "vacancy", "outbox_task", "alert", "notification",
            "alert_match");

    private final PersonRecords records;
    private final TextColumns texts;
    private final RedactPosts posts;
    private final PostIndex index;
    private final RedactOutbox outbox;
    private final RedactAlerts alerts;
    private final Erasures erasures;
    private final EntityManager entityManager;

    ErasePerson(PersonRecords records, TextColumns texts, RedactPosts posts, PostIndex index, RedactOutbox outbox,
            RedactAlerts alerts, Erasures erasures, EntityManager entityManager) {
        this.records = records;
        this.texts = texts;
        this.posts = posts;
        this.index = index;
        this.outbox = outbox;
        this.alerts = alerts;
        this.erasures = erasures;
        this.entityManager = entityManager;
    }

    /** Erases the person the request names; for the privacy role and admins (else 403). */
    @Transactional
    public ErasureReport erase(Account by, ErasureRequest request) {
        if (by == null || !by.active || !(by.hasRole(Role.PRIVACY) || by.hasRole(Role.ADMIN))) {
            throw new NotAllowed("Only the privacy officer and admins erase people.");
        }
        ErasureRequest checked = request == null ? new ErasureRequest(null, null, null).checked() : request.checked();
        long erasureId = erasures.open(by.id);
        PersonRecords.Person person = records.find(checked);
        PersonIdentifiers identifiers = person.identifiers();
        List<StoreChange> changes = new ArrayList<>();
        records.blank(person, identifiers);
        add(changes, "candidate_person", person.candidates(), "blanked: name [gewist], email and phone removed");
        add(changes, "referral_person", person.referrals(), "blanked: name and note [gewist], email removed");
        if (!identifiers.isEmpty()) {
            List<Long> changedPosts = erasePosts(identifiers, changes);
            for (TextColumns.Store store : TextColumns.RECRUITMENT) {
                add(changes, store.table(), texts.rewrite(identifiers, store), "[gewist] where written");
            }
            RedactOutbox.Redacted work = outbox.redact(
                    texts.candidates(identifiers, "outbox_task", "id", "payload", "last_error"), identifiers);
            add(changes, "outbox_task", work.tasks(), "message or last error rewritten (" + work.parked()
                    + " parked)");
            add(changes, "alert", alerts.redact(texts.candidates(identifiers, "alert", "id", "name", "query"),
                    text -> identifiers.replace(text, "gewist")), "name or query rewritten; every matcher reloads it");
            pointingAt(changes, changedPosts);
            erasures.markPosts(erasureId, changedPosts);
        }
        return erasures.close(erasureId, new ErasureReport.Found(person.candidates(), person.referrals()), changes);
    }

    /** Posts and their versions, then their search terms. */
    private List<Long> erasePosts(PersonIdentifiers identifiers, List<StoreChange> changes) {
        TreeSet<Long> found = new TreeSet<>(texts.candidates(identifiers, "post", "id", "body"));
        found.addAll(texts.candidates(identifiers, "post_version", "post_id", "body"));
        RedactPosts.Redacted redacted = posts.redact(found, identifiers);
        add(changes, "post", redacted.bodies(), "text: [gewist] where written; topics and mentions follow");
        if (redacted.versions() > 0) {
            changes.add(new StoreChange("post_version", redacted.versions(), redacted.versions(), redacted.posts(),
                    "every earlier version: [gewist] where written (ids: their posts)"));
        }
        index.index(redacted.posts());
        List<Long> indexed = NativeSql.select(entityManager,
                "select id from post where id = any(cast(:ids as bigint[])) and not deleted order by id")
                .bind("ids", redacted.posts().toArray(Long[]::new)).list(row -> row.longValue("id"));
        add(changes, "search_index", indexed, "search terms computed again from the new text");
        return redacted.posts();
    }

    /** Notifications and alert matches hold no text, only the post's id: they show the post as it is now. */
    private void pointingAt(List<StoreChange> changes, List<Long> changedPosts) {
        if (changedPosts.isEmpty()) {
            return;
        }
        Long[] ids = changedPosts.toArray(Long[]::new);
        int notifications = ((Number) NativeSql.of(entityManager, """
                select count(*) from notification
                where post_id = any(cast(:ids as bigint[])) or related_post_id = any(cast(:ids as bigint[]))""")
                .bind("ids", ids).query().getSingleResult()).intValue();
        int matches = ((Number) NativeSql.of(entityManager,
                "select count(*) from alert_match where post_id = any(cast(:ids as bigint[]))")
                .bind("ids", ids).query().getSingleResult()).intValue();
        if (notifications > 0) {
            changes.add(new StoreChange("notification", notifications, 0, List.of(),
                    "no text kept: each shows and mails the post as it is now"));
        }
        if (matches > 0) {
            changes.add(new StoreChange("alert_match", matches, 0, List.of(),
                    "no text kept: Atom feeds and digests read the post as it is now"));
        }
    }

    private static void add(List<StoreChange> changes, String store, List<Long> ids, String what) {
        if (!ids.isEmpty()) {
            changes.add(new StoreChange(store, ids.size(), ids.size(), List.copyOf(ids), what));
        }
    }
}
