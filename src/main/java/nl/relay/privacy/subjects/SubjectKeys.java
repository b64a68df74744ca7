package nl.relay.privacy.subjects;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.relay.privacy.subjects.SubjectReport.CandidateRecord;
import nl.relay.recruitment.candidates.PersonKeys;

/** The normalised e-mail addresses and phone numbers one person is known by. */
record SubjectKeys(SortedSet<String> emails, SortedSet<String> phones) {

    static SubjectKeys of(SubjectQuery query) {
        return new SubjectKeys(set(Stream.of(query.email())), set(Stream.of(query.phone())));
    }

    /** These keys and those of the records found with them: a number found with an address finds more. */
    SubjectKeys with(List<CandidateRecord> candidates) {
        return new SubjectKeys(
                set(Stream.concat(emails.stream(), candidates.stream().map(c -> PersonKeys.email(c.person().email())))),
                set(Stream.concat(phones.stream(),
                        candidates.stream().map(c -> PersonKeys.phone(c.person().phone())))));
    }

    SubjectReport.Identifiers identifiers() {
        return new SubjectReport.Identifiers(List.copyOf(emails), List.copyOf(phones));
    }

    private static SortedSet<String> set(Stream<String> keys) {
        return keys.filter(Objects::nonNull).filter(key -> !key.isBlank())
                .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
    }
}
