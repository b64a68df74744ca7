package nl.relay.alerts.matching;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.relay.alerts.query.AlertAnalysis;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.util.BytesRef;

/**
 * How the matcher picks, for each alert, the words a post must contain before the alert is run at all.
 * Lucene's default picks the longest word, which for "kind:vacancy Utrecht" is the kind and for
 * "client:"Van Beek Bouw Groep"" may be "groep": words in thousands of posts, so thousands of alerts
 * run for nothing. Here the kind, sector, status, signal type and region, and words common in company names and sentences, are
 * picked last, and two passes index a second word for alerts that need several.
 */
final class AlertPresearcher {

    private static final int PASSES = 2;
    private static final double UNSELECTIVE = 0.1;

    /** Words in many company names and posts, Dutch and English. */
    private static final Set<String> COMMON = Set.of("de", "het", "een", "en", "van", "der", "den", "voor", "in",
            "op", "bij", "met", "aan", "the", "of", "and", "for", "a", "an", "to", "groep", "group", "nederland",
            "holland", "bv", "nv", "holding", "international", "partners", "diensten", "services", "techniek",
            "advies", "zorg", "bouw", "ict", "media", "solutions", "consultancy", "vacature", "vacancy",
            "kandidaat", "candidate", "nieuw", "nieuwe", "new");

    private AlertPresearcher() {
    }

    static Presearcher create() {
        TermWeightor weightor = TermWeightor.combine(TermFilteredPresearcher.DEFAULT_WEIGHTOR,
                TermWeightor.fieldWeightor(UNSELECTIVE, AlertAnalysis.KIND, AlertAnalysis.SECTOR,
                        AlertAnalysis.STATUS, AlertAnalysis.SIGNAL, AlertAnalysis.REGION),
                TermWeightor.termWeightor(UNSELECTIVE, COMMON.stream().map(BytesRef::new).collect(Collectors.toSet())));
        return new MultipassTermFilteredPresearcher(PASSES, 0, weightor, List.of(), Set.of());
    }
}
