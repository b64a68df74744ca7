package nl.relay.privacy.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.relay.privacy.PersonIdentifiers;
import nl.relay.privacy.SubjectKind;
import nl.relay.privacy.erasure.BlankPersons;
import nl.relay.privacy.erasure.PersonText;
import nl.relay.recruitment.candidates.CandidateDocuments;

/**
 * Anonymises one person behind a candidate or a referral: the name becomes a marker, email, phone, the referrer's
 * note and the keys duplicates are found by are removed; consent stays as a fact, and when it happened is recorded
 * (on the person and in the anonymisation table). The anonymous profile, the post and the conversation stay, with
 * the person's identifiers replaced by the marker wherever they were written; their CV is deleted.
 */
@ApplicationScoped
public class AnonymisePerson {

    /** What a person's name reads once anonymised. */
    public static final String MARKER = PersonIdentifiers.ANONYMISED;

    private final PersonText texts;
    private final BlankPersons blanking;
    private final CandidateDocuments documents;

    AnonymisePerson(PersonText texts, BlankPersons blanking, CandidateDocuments documents) {
        this.texts = texts;
        this.blanking = blanking;
        this.documents = documents;
    }

    /**
     * Anonymises the person, for retention; answers false when it was anonymised already. First their name, email
     * and phone are rewritten to the marker wherever colleagues wrote them (posts and every version, notes, titles,
     * alerts, waiting work), with the erasure's machinery: once the record is blanked, nothing could find them there
     * any more. Then the record is blanked (and a free-text consent source with it). No erasure is recorded; the
     * anonymisation is.
     */
    public boolean anonymise(SubjectKind kind, long subjectId) {
        PersonIdentifiers identifiers = texts.identifiersOf(kind, subjectId);
        texts.rewrite(identifiers, MARKER);
        if (kind == SubjectKind.CANDIDATE) {
            documents.deleteOf(List.of(subjectId));
        }
        return !blanking.blank(kind, List.of(subjectId), identifiers, MARKER, "retention").isEmpty();
    }
}
