package nl.relay.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import nl.relay.alerts.RedactAlerts;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.outbox.RedactOutbox;
import nl.relay.posts.RedactPosts;
import nl.relay.privacy.PersonIdentifiers;
import nl.relay.privacy.SubjectKind;
import nl.relay.privacy.erasure.ErasureReport.StoreChange;
import nl.relay.search.index.PostIndex;

/**
 * Takes a person's name, email and phone out of everything colleagues wrote, wherever they wrote it: posts and every
 * earlier version (search terms follow), recruiters' notes and titles, vacancies, alerts, waiting outbox work,
 * followed topics (and their mailing-list choices), legal holds' reasons and groups. Each occurrence becomes a marker. Used by an erasure on request
 * ("[gewist]") and by retention before it anonymises a person ("[anonymised]"), so that what retention leaves can
 * still be found by nobody. Keeps no record of its own: the caller does.
 */
@ApplicationScoped
public class PersonText {

    /**
     * Every text column the erasure examines, as table.column: the person's records, the free text rewritten
     * here, and the sender of arrived mail (whose rows ErasePerson deletes through InboundMails). A test holds this
     * against the database's schema, so that no new column is forgotten.
     */
    static final Set<String> EXAMINED_COLUMNS = Set.of("candidate_person.name", "candidate_person.email",
            "candidate_person.phone", "candidate_person.email_key", "candidate_person.phone_key",
            "candidate_person.name_key", "candidate_person.consent_source", "referral_person.name",
            "referral_person.email", "referral_person.note", "referral_person.consent_source", "post_topic.topic",
            "post.body", "post_version.body", "candidate.title",
            "candidate.summary", "candidate_interest.note", "vacancy.title", "vacancy.description",
            "outbox_task.payload", "outbox_task.last_error", "alert.name", "alert.query", "follow_topic.topic",
            "mail_subscription.topic",
            "legal_hold.reason", "relay_group.name", "relay_group.name_key", "relay_group.description",
            "post_attachment.filename", "candidate_document.filename", "inbound_mail.envelope_from",
            "poll_option.text", "post.hidden_reason", "moderation_reason.reason", "moderation_audit.reason");

    /** What was rewritten: per store, and the posts whose text or any version changed. */
    public record Rewritten(List<StoreChange> changes, List<Long> posts) {
    }

    private final TextColumns texts;
    private final RedactPosts posts;
    private final PostIndex index;
    private final RedactOutbox outbox;
    private final RedactAlerts alerts;
    private final EntityManager entityManager;

    PersonText(TextColumns texts, RedactPosts posts, PostIndex index, RedactOutbox outbox, RedactAlerts alerts,
            EntityManager entityManager) {
        this.texts = texts;
        this.posts = posts;
        this.index = index;
        this.outbox = outbox;
        this.alerts = alerts;
        this.entityManager = entityManager;
    }

    /**
     * The identifiers of one record that is not anonymised yet (locked until the transaction ends), for retention:
     * empty when there is none, or nothing in it identifies anyone.
     */
    public PersonIdentifiers identifiersOf(SubjectKind kind, long subjectId) {
        List<PersonRecord> found = kind == SubjectKind.CANDIDATE
                ? NativeSql.select(entityManager, """
                        select name, email, phone_key from candidate_person
                        where candidate_id = :id and anonymised_at is null for update""")
                        .bind("id", subjectId)
                        .list(row -> new PersonRecord(row.text("name"), row.text("email"), row.text("phone_key")))
                : NativeSql.select(entityManager, """
                        select name, email, null as phone_key from referral_person
                        where referral_id = :id and anonymised_at is null for update""")
                        .bind("id", subjectId)
                        .list(row -> new PersonRecord(row.text("name"), row.text("email"), null));
        if (found.isEmpty()) {
            return PersonIdentifiers.of(List.of(), List.of(), List.of());
        }
        PersonRecord person = found.get(0);
        Set<String> names = new LinkedHashSet<>();
        if (person.name() != null && !PersonIdentifiers.isMarker(person.name())) {
            names.add(person.name());
        }
        Set<String> emails = new LinkedHashSet<>();
        if (person.email() != null && !person.email().isBlank()) {
            emails.add(person.email().strip().toLowerCase(Locale.ROOT));
        }
        Set<String> phones = new LinkedHashSet<>();
        if (person.phoneKey() != null) {
            phones.add(person.phoneKey());
        }
        return PersonIdentifiers.of(names, emails, phones);
    }

    /** Rewrites the identifiers to {@code marker} ("[gewist]") in every free-text store; answers what changed. */
    public Rewritten rewrite(PersonIdentifiers identifiers, String marker) {
        List<StoreChange> changes = new ArrayList<>();
        if (identifiers.isEmpty()) {
            return new Rewritten(List.of(), List.of());
        }
        UnaryOperator<String> rewrite = text -> identifiers.replace(text, marker);
        List<Long> changedPosts = rewritePosts(identifiers, rewrite, marker, changes);
        for (TextColumns.Store store : TextColumns.RECRUITMENT) {
            add(changes, store.table(), texts.rewrite(identifiers, store, marker), marker + " where written");
        }
        RedactOutbox.Redacted work = outbox.redact(
                texts.candidates(identifiers, "outbox_task", "id", "payload", "last_error"), rewrite);
        add(changes, "outbox_task", work.tasks(), "message or last error rewritten (" + work.parked() + " parked)");
        // an alert's query is search syntax: the marker's word without brackets
        String word = marker.replaceAll("[^\\p{L}\\p{N}]", "");
        add(changes, "alert", alerts.redact(texts.candidates(identifiers, "alert", "id", "name", "query"),
                text -> identifiers.replace(text, word)), "name or query rewritten; every matcher reloads it");
        add(changes, "follow_topic", texts.unfollow(identifiers), "followed topics naming the person removed "
                + "(ids: the followers)");
        add(changes, "mail_subscription", texts.unsubscribeTopics(identifiers), "topics naming the person no longer "
                + "mailed (ids: the subscribers)");
        add(changes, "legal_hold", texts.rewriteHoldReasons(identifiers, marker), "reason: " + marker
                + " where written (ids: the held candidate or referral)");
        add(changes, "relay_group", texts.rewriteGroups(identifiers, marker), "name or description: " + marker
                + " where written");
        add(changes, "post_attachment", texts.rewrite(identifiers, TextColumns.ATTACHMENTS, marker), "file name: "
                + marker + " where written (the content is not examined)");
        add(changes, "poll_option", texts.rewrite(identifiers, TextColumns.POLL_OPTIONS, marker), "poll answer: "
                + marker + " where written");
        for (TextColumns.Store store : TextColumns.MODERATION) {
            add(changes, store.table().equals("post") ? "post_hidden_reason" : store.table(),
                    texts.rewrite(identifiers, store, marker), "reason: " + marker + " where written");
        }
        return new Rewritten(List.copyOf(changes), changedPosts);
    }

    /** Posts and their versions, then their search terms. */
    private List<Long> rewritePosts(PersonIdentifiers identifiers, UnaryOperator<String> rewrite, String marker,
            List<StoreChange> changes) {
        TreeSet<Long> found = new TreeSet<>(texts.candidates(identifiers, "post", "id", "body"));
        found.addAll(texts.candidates(identifiers, "post_version", "post_id", "body"));
        RedactPosts.Redacted redacted = posts.redact(found, rewrite);
        add(changes, "post", redacted.bodies(), "text: " + marker + " where written; topics and mentions follow");
        if (redacted.versions() > 0) {
            changes.add(new StoreChange("post_version", redacted.versions(), redacted.versions(), redacted.posts(),
                    "every earlier version: " + marker + " where written (ids: their posts)"));
        }
        index.index(redacted.posts());
        List<Long> indexed = NativeSql.select(entityManager,
                "select id from post where id = any(cast(:ids as bigint[])) and not deleted order by id")
                .bind("ids", redacted.posts().toArray(Long[]::new)).list(row -> row.longValue("id"));
        add(changes, "search_index", indexed, "search terms computed again from the new text");
        return redacted.posts();
    }

    private record PersonRecord(String name, String email, String phoneKey) {
    }

    static void add(List<StoreChange> changes, String store, List<Long> ids, String what) {
        if (!ids.isEmpty()) {
            changes.add(new StoreChange(store, ids.size(), ids.size(), List.copyOf(ids), what));
        }
    }
}
