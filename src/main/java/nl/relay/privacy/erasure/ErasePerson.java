package nl.relay.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import nl.relay.accounts.Account;
import nl.relay.accounts.Role;
import nl.relay.mailin.transport.InboundMails;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.privacy.PersonIdentifiers;
import nl.relay.privacy.SubjectKind;
import nl.relay.privacy.erasure.ErasureReport.StoreChange;
import nl.relay.recruitment.candidates.CandidateDocuments;

/**
 * Erasure on request (AVG art. 17): finds a person who is no user by email, phone or candidate, and takes their
 * name, email and phone out of every store, in one transaction: their records are blanked, and wherever colleagues
 * wrote them (posts and every earlier version, profiles, notes, alerts, waiting work) they become "[gewist]"; the
 * search terms follow. Answers and keeps a report without the identifiers. A second request finds nothing. A
 * person under a legal hold is erased only when an admin overrides the hold (else 409 naming the holds).
 */
@ApplicationScoped
public class ErasePerson {

    /** Every store looked in, in the report's order (the README says what each holds). */
    static final List<String> EXAMINED = List.of("candidate_person", "referral_person", "candidate_document", "post",
            "post_version", "search_index", "post_attachment", "candidate", "candidate_interest", "vacancy",
            "outbox_task", "alert", "follow_topic", "mail_subscription", "legal_hold", "relay_group", "notification",
            "alert_match", "inbound_mail", "post_hidden_reason", "moderation_reason", "moderation_audit");

    private final PersonRecords records;
    private final PersonText texts;
    private final Erasures erasures;
    private final EntityManager entityManager;
    private final BlankPersons blanking;
    private final InboundMails inboundMails;
    private final CandidateDocuments documents;

    ErasePerson(PersonRecords records, PersonText texts, Erasures erasures, EntityManager entityManager,
            BlankPersons blanking, InboundMails inboundMails, CandidateDocuments documents) {
        this.blanking = blanking;
        this.documents = documents;
        this.inboundMails = inboundMails;
        this.records = records;
        this.texts = texts;
        this.erasures = erasures;
        this.entityManager = entityManager;
    }

    /**
     * Erases the person the request names; for the privacy role and admins (else 403). A person under a legal hold
     * is a 409 naming the holds, unless an admin asks to override them (the report then names them).
     */
    @Transactional
    public ErasureReport erase(Account by, ErasureRequest request) {
        if (by == null || !by.isPrivacyOfficer()) {
            throw new NotAllowed("Only the privacy officer and admins erase people.");
        }
        ErasureRequest checked = request == null ? new ErasureRequest(null, null, null).checked() : request.checked();
        PersonRecords.Person person = records.find(checked);
        List<ErasureReport.Hold> holds = holds(person);
        if (!holds.isEmpty() && !checked.overridesHold()) {
            throw new Conflict("A legal hold is placed on this person (" + named(holds) + "): an admin lifts it "
                    + "first, or erases with overrideHold.");
        }
        if (!holds.isEmpty() && !by.hasRole(Role.ADMIN)) {
            throw new NotAllowed("Only admins erase a person under a legal hold (" + named(holds) + ").");
        }
        long erasureId = erasures.open(by.id);
        PersonIdentifiers identifiers = person.identifiers();
        List<StoreChange> changes = new ArrayList<>();
        blanking.blank(SubjectKind.CANDIDATE, person.candidates(), identifiers, PersonIdentifiers.MARKER, "erasure");
        blanking.blank(SubjectKind.REFERRAL, person.referrals(), identifiers, PersonIdentifiers.MARKER, "erasure");
        PersonText.add(changes, "candidate_person", person.candidates(),
                "blanked: name [gewist], email and phone removed");
        PersonText.add(changes, "referral_person", person.referrals(),
                "blanked: name and note [gewist], email removed");
        PersonText.add(changes, "candidate_document", documents.deleteOf(person.candidates()),
                "the CV deleted (ids: the candidates)");
        if (!identifiers.isEmpty()) {
            PersonText.Rewritten rewritten = texts.rewrite(identifiers, PersonIdentifiers.MARKER);
            changes.addAll(rewritten.changes());
            pointingAt(changes, rewritten.posts());
            erasures.markPosts(erasureId, rewritten.posts());
        }
        List<Long> mails = inboundMails.eraseSentBy(person.emails());
        if (!mails.isEmpty()) {
            changes.add(new StoreChange("inbound_mail", mails.size(), mails.size(), mails,
                    "deleted: mail that arrived from the person's address"));
        }
        return erasures.close(erasureId, new ErasureReport.Found(person.candidates(), person.referrals()), changes,
                holds);
    }

    /** The legal holds on the person's records (kind and id only). */
    private List<ErasureReport.Hold> holds(PersonRecords.Person person) {
        if (person.candidates().isEmpty() && person.referrals().isEmpty()) {
            return List.of();
        }
        return NativeSql.select(entityManager, """
                select subject_kind, subject_id from legal_hold
                where (subject_kind = 'candidate' and subject_id = any(cast(:candidates as bigint[])))
                   or (subject_kind = 'referral' and subject_id = any(cast(:referrals as bigint[])))
                order by subject_kind, subject_id""")
                .bind("candidates", person.candidates().toArray(Long[]::new))
                .bind("referrals", person.referrals().toArray(Long[]::new))
                .list(row -> new ErasureReport.Hold(row.text("subject_kind"), row.longValue("subject_id")));
    }

    private static String named(List<ErasureReport.Hold> holds) {
        return String.join(", ", holds.stream().map(hold -> hold.kind() + " " + hold.id()).toList());
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
}
