package nl.relay.privacy.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text column of the schema is either examined by the erasure or on this allow-list, with why it can never
 * hold a candidate's or referral's name, email or phone. A new column fails here until someone decides.
 */
@QuarkusTest
class ErasedColumnsTest {

    /** table.column: why no person who is no user can be written there. */
    static final Map<String, String> NEVER_A_PERSON = Map.ofEntries(
            // users (employees), not candidates or referrals: an account is pseudonymised on request instead
            Map.entry("account.digest_frequency", "a word: how often digests are mailed"),
            Map.entry("account.display_name",
                    "a user's own name; pseudonymised on request, never an erasure's subject"),
            Map.entry("account.email", "a user's own address; pseudonymised on request"),
            Map.entry("account.external_user_name",
                    "a user's own name at the identity provider (SCIM userName); pseudonymisation forgets it"),
            Map.entry("account.external_id",
                    "the provisioning system's id for a user (SCIM externalId); pseudonymisation forgets it"),
            Map.entry("account.email_delivery", "a word: how mail is delivered"),
            Map.entry("account.language", "a language code"),
            Map.entry("account.password_hash", "a hash of a user's password"),
            Map.entry("account.provider_subject",
                    "the identity provider's id for a user; forgotten when pseudonymised"),
            Map.entry("account.roles", "words: a user's roles"),
            Map.entry("account.search_text", "a user's own name and username folded, for the directory"),
            Map.entry("account.username", "a user's own name; pseudonymised on request"),
            Map.entry("login_failure.address", "the network address of a failed sign-in"),
            Map.entry("login_failure.username", "what a user typed to sign in, kept briefly for throttling"),
            Map.entry("familiar_address.address", "the network address a user signed in from"),
            Map.entry("password_reset.requested_from",
                    "the network address a password reset link was asked from; forgotten a week after the link expired"),
            Map.entry("rate_limit.key", "a user's id or network address and what is limited"),
            Map.entry("revoked_token.jti", "a token's random id"),
            Map.entry("personal_access_token.name", "a user's own label for their own access token, shown only to "
                    + "them; their tokens are deleted when the account is pseudonymised"),
            Map.entry("personal_access_token.scopes", "words: read, write, admin"),
            Map.entry("personal_access_token.token_hash", "a hash of a random secret"),
            Map.entry("search_feed_token.token", "a random secret in a feed address"),
            Map.entry("mail_secret.secret", "a random secret in a person's mail address"),
            Map.entry("signing_key.private_key", "a key the application signs tokens with"),
            Map.entry("signing_key.public_key", "a key the application checks tokens with"),
            // words, codes and reference data the application chooses, never free text
            Map.entry("alert.feed_token", "a random secret in an alert's feed address"),
            Map.entry("alert.channels", "words: where an alert notifies"),
            Map.entry("alert.frequency", "a word: how often an alert mails"),
            Map.entry("anonymisation.reason", "a word: retention or erasure"),
            Map.entry("anonymisation.subject_kind", "candidate or referral"),
            Map.entry("candidate.region_code", "a region code"),
            Map.entry("candidate.sector_code", "a sector code"),
            Map.entry("candidate.contract_types", "words from a fixed list"),
            Map.entry("candidate.skills", "short skill labels (Skills): a name would have to be "
                    + "typed as a skill; not examined, a known gap (the README says so)"),
            Map.entry("candidate.seniority", "a word from a fixed list"),
            Map.entry("candidate.status", "a word from a fixed list"),
            Map.entry("candidate_person.consent_informed_how", "a word from ConsentTerms.INFORMED_HOW"),
            Map.entry("referral_person.consent_informed_how", "a word from ConsentTerms.INFORMED_HOW"),
            Map.entry("digest_window.frequency", "a word: how often digests are mailed"),
            Map.entry("group_member.role", "a word: the member's role"),
            Map.entry("legal_hold.subject_kind", "candidate or referral"),
            Map.entry("notification.group_event", "a word: what happened in a group"),
            Map.entry("notification.type", "a word: the kind of notification"),
            Map.entry("outbox_task.kind", "the handler's name"),
            Map.entry("outbox_task.message",
                    "the name of the message's record type (its data is in payload, which is examined)"),
            Map.entry("person_read.channel", "a word: api or page"),
            Map.entry("person_read.subject_kind", "candidate or referral"),
            Map.entry("post.kind", "a word: the kind of post"),
            Map.entry("moderation_audit.action", "a word from a fixed list: what a moderator or reporter did"),
            Map.entry("moderation_audit.path", "a word: queue or archive"),
            Map.entry("moderation_audit.detail", "two instants: the window of a legal archive export"),
            Map.entry("moderation_report.status", "a word: open, hidden or dismissed"),
            Map.entry("post.sector_code", "a sector code"),
            Map.entry("post.signal_type", "a word from a fixed list"),
            Map.entry("proposal.status", "a word from a fixed list"),
            Map.entry("region.code", "reference data: regions"),
            Map.entry("region.name_en", "reference data: regions"),
            Map.entry("region.name_nl", "reference data: regions"),
            Map.entry("region.province", "reference data: regions"),
            Map.entry("region.type", "reference data: regions"),
            Map.entry("relay_group.visibility", "public or private"),
            Map.entry("sector.code", "reference data: sectors"),
            Map.entry("sector.name_en", "reference data: sectors"),
            Map.entry("sector.name_nl", "reference data: sectors"),
            Map.entry("vacancy.contract_type", "a word from a fixed list"),
            Map.entry("vacancy.region_code", "a region code"),
            Map.entry("vacancy.skills", "short skill labels (Skills); as candidate.skills"),
            Map.entry("vacancy.status", "a word from a fixed list"),
            // other
            Map.entry("client.name", "a client organisation's name, from the directory of companies (not people)"),
            Map.entry("client.aliases", "other names of a client organisation"),
            Map.entry("client.name_key", "a client organisation's name, folded"),
            Map.entry("client.search_text", "a client organisation's name and sector, folded"),
            Map.entry("client.sector_code", "a sector code"),
            // arrived mail (inbound_mail): its sender is examined (the rows are deleted); its contents (raw, bytea)
            // are dropped once the intake handled it, and after relay.mail-in.keep at the latest
            Map.entry("inbound_mail.via", "a word: smtp or imap"),
            Map.entry("inbound_mail.peer_address", "the network address of the mail server that delivered a mail"),
            Map.entry("inbound_mail.envelope_to",
                    "Relay's own receiving addresses (post@, group+…@, reply+<token>@ at relay.mail-in.domain); no "
                            + "other address is accepted or kept"),
            Map.entry("inbound_mail.message_id",
                    "an id the sender's mail program made up; deleted with its row when the sender is erased"),
            Map.entry("inbound_mail.status", "a word from a fixed list"),
            Map.entry("inbound_mail.outcome", "a reason code the intake chooses"),
            Map.entry("post_attachment.content_type", "a media type detected from the file's content"),
            Map.entry("post_attachment.sha256", "a hash of the file's content"),
            Map.entry("candidate_document.content_type",
                    "a media type detected from the CV's content; the row is deleted with the person"),
            Map.entry("erasure.report",
                    "an erasure's report: ids and counts, never an identifier (ErasureTest reads it)"));

    @Inject
    EntityManager entityManager;

    @Test
    void everyTextColumnIsExaminedOrAllowedWithAReason() {
        List<String> columns = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select c.table_name || '.' || c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and (c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json')
                       or c.udt_name in ('_text', '_varchar', '_bpchar', '_jsonb', '_json'))
                  and c.table_name <> 'flyway_schema_history'
                order by 1""", String.class).getResultList());
        TreeSet<String> forgotten = new TreeSet<>(columns);
        forgotten.removeAll(PersonText.EXAMINED_COLUMNS);
        forgotten.removeAll(NEVER_A_PERSON.keySet());
        assertEquals(new TreeSet<>(), forgotten, "text columns neither examined by the erasure nor allowed");
        TreeSet<String> gone = new TreeSet<>(NEVER_A_PERSON.keySet());
        gone.addAll(PersonText.EXAMINED_COLUMNS);
        gone.removeAll(columns);
        assertEquals(new TreeSet<>(), gone, "columns named here that the schema no longer has");
    }
}
