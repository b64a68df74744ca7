package nl.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.relay.alerts.query.AlertAnalysis;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;

class AlertAnalysisTest {

    @Test
    void aSingularQueryMatchesADutchPlural() {
        assertTrue(textMatches("Interne vacatures zijn daarvan natuurlijk de omgekeerde variant.", "vacature"));
        assertTrue(textMatches("Hoe ga je met klanten of kandidaten connecten?", "kandidaat"));
        assertTrue(textMatches("Toch zijn veel bedrijven nog huiverig voor sociale media.", "bedrijf"));
        assertTrue(textMatches("Dit kwartaal kwamen er drie nieuwe opdrachten binnen.", "opdracht"));
        assertTrue(textMatches("Steeds meer collega’s die participeren.", "collega"));
        assertTrue(textMatches("Na twee reorganisaties is de afdeling gehalveerd.", "reorganisatie"));
        assertTrue(textMatches("Bij de Nederlandse banken verdwijnen weer banen.", "bank"));
        assertTrue(textMatches("Ik geloof dat die technologieën blijven.", "technologie"));
        assertFalse(textMatches("Interne vacatures zijn daarvan natuurlijk de omgekeerde variant.", "kandidaat"));
    }

    @Test
    void aPluralQueryMatchesADutchSingular() {
        assertTrue(textMatches("Hoe vaak spreken we een goede kandidaat waar net geen functie voor is?", "kandidaten"));
        assertTrue(textMatches("Er staat een vacature open bij de Rabobank.", "vacatures"));
        assertTrue(textMatches("Het bedrijf zoekt een interim manager.", "bedrijven"));
        assertTrue(textMatches("Het tweede probleem is de drempelvrees.", "problemen"));
        assertFalse(textMatches("Er staat een vacature open bij de Rabobank.", "kandidaten"));
    }

    @Test
    void englishSingularsAndPluralsMeetInDutchText() {
        String post = "Deze fintech company zoekt twee senior developers en een product manager.";
        assertTrue(textMatches(post, "developer"));
        assertTrue(textMatches(post, "companies"));
        assertTrue(textMatches(post, "managers"));
        assertTrue(textMatches("Gezocht: recruiters voor onze tech startups.", "recruiter startup"));
        assertFalse(textMatches(post, "developer recruiter"));
    }

    @Test
    void wholeWordsOnly() {
        assertTrue(textMatches("ING zoekt een data engineer.", "ing"));
        assertFalse(textMatches("Dat bleek tijdens de vergadering van de ondernemingsraad.", "ING"));
        assertTrue(textMatches("De Rabobank opent een vestiging in Utrecht.", "rabobank"));
        assertFalse(textMatches("De rabobankactie liep goed.", "Rabobank"));
        assertFalse(textMatches("Zij werkte jaren als bankier in Londen.", "bank"));
    }

    @Test
    void accentsAreIgnored() {
        assertTrue(textMatches("De coördinator werving en selectie vertrekt.", "coordinator"));
        assertTrue(textMatches("De coordinator werving en selectie vertrekt.", "coördinator"));
        assertTrue(textMatches("Er komt een nieuwe financiële administratie.", "financiele"));
        assertTrue(textMatches("Sollicitanten bij het Hard Rock Cafe hielpen elkaar.", "café"));
        assertTrue(textMatches("Sollicitanten bij het Hard Rock Café hielpen elkaar.", "cafe"));
        assertFalse(textMatches("Sollicitanten bij het Hard Rock Café hielpen elkaar.", "coordinator"));
    }

    @Test
    void phrasesMatchAcrossWordForms() {
        assertTrue(textMatches("De Raad van Bestuur van ING vertrekt.", "\"raad van bestuur\""));
        assertTrue(textMatches("Kort communiceren over klanten, relaties en nieuwe vacatures.", "\"nieuwe vacature\""));
        assertTrue(
                textMatches("Zo iemand intern aanbieden aan je collega's kan via sociale media.", "\"social media\""));
        assertFalse(textMatches("De raad adviseert het bestuur van ING.", "\"raad van bestuur\""));
    }

    @Test
    void aPhraseDoesNotRunOnAcrossASentenceEnd() {
        assertFalse(textMatches("We kregen goede raad. Van bestuur tot werkvloer was iedereen blij.",
                "\"raad van bestuur\""));
        assertFalse(textMatches("Wie zoekt een interim? Manager gezocht in Zwolle.", "\"interim manager\""));
        assertTrue(textMatches("We kregen goede raad. Van bestuur tot werkvloer was iedereen blij.",
                "raad bestuur"));
        assertTrue(textMatches("Het bedrijf telt 1.250 medewerkers.", "\"1.250 medewerkers\""));
    }

    @Test
    void aWordIsFoundBeforeItsApostrophe() {
        assertTrue(textMatches("Drie ex-ING'ers zoeken een nieuwe uitdaging.", "ING"));
        assertTrue(textMatches("Drie ex-ING’ers zoeken een nieuwe uitdaging.", "ING"));
        assertTrue(textMatches("Vraag het je collega's.", "collega"));
        assertTrue(textMatches("Philips's new plant in Best is hiring.", "Philips"));
        assertFalse(textMatches("Een vergadering over de ondernemingsraad.", "ING"));
    }

    @Test
    void stopWordsCountInPhrases() {
        assertTrue(textMatches("Zij gaat werken bij de bank in Utrecht.", "\"werken bij de bank\""));
        assertFalse(textMatches("Zij gaat werken aan de bank in Utrecht.", "\"werken bij de bank\""));
    }

    @Test
    void englishWordsDoNotMatchDutchLookAlikes() {
        String post = "Ik spreek met de recruiter over wat er speelt, dat is het beste.";
        assertFalse(textMatches(post, "meet"));
        assertFalse(textMatches(post, "date"));
        assertFalse(textMatches(post, "good"));
        assertFalse(textMatches("Een nieuwe vacature: je kan direct solliciteren.", "nieuws"));
        assertFalse(textMatches("Een nieuwe vacature: je kan direct solliciteren.", "kans"));
        assertTrue(textMatches("Goed nieuws: de kansen op de arbeidsmarkt groeien.", "nieuws kans"));
    }

    @Test
    void phrasesDoNotSpanTwoValuesOfAField() {
        MemoryIndex post = new MemoryIndex();
        post.addField(AlertAnalysis.GROUP, "Recruitment Noord", AlertAnalysis.analyzer());
        post.addField(AlertAnalysis.GROUP, "Fintech Zuid", AlertAnalysis.analyzer());
        assertTrue(matches(post, "group:\"fintech zuid\""));
        assertFalse(matches(post, "group:\"noord fintech\""));
    }

    @Test
    void descriptiveFieldsAreWords() {
        MemoryIndex post = new MemoryIndex();
        post.addField(AlertAnalysis.CLIENT, "Rabobank Nederland", AlertAnalysis.analyzer());
        post.addField(AlertAnalysis.SECTOR, "Banken en verzekeraars", AlertAnalysis.analyzer());
        assertTrue(matches(post, "client:rabobank sector:bank"));
        assertFalse(matches(post, "client:ing"));
    }

    @Test
    void exactFieldsMatchTheWholeValue() {
        MemoryIndex post = new MemoryIndex();
        post.addField(AlertAnalysis.AUTHOR, " Özlem de Vries ", AlertAnalysis.analyzer());
        post.addField(AlertAnalysis.KIND, "vacancy", AlertAnalysis.analyzer());
        assertTrue(matches(post, "author:\"ozlem de vries\""));
        assertTrue(matches(post, "author:\"Özlem de Vries\" kind:Vacancy"));
        assertFalse(matches(post, "author:vries"));
        assertFalse(matches(post, "kind:vacancies"));
    }

    @Test
    void topicIgnoresAHash() {
        MemoryIndex post = new MemoryIndex();
        post.addField(AlertAnalysis.TOPIC, "#FinTech", AlertAnalysis.analyzer());
        assertTrue(matches(post, "topic:fintech"));
        assertTrue(matches(post, "topic:#fintech"));
        assertFalse(matches(post, "topic:fin"));
        assertFalse(matches(post, "topic:#recruitment"));
    }

    private static boolean textMatches(String text, String query) {
        MemoryIndex post = new MemoryIndex();
        post.addField(AlertAnalysis.TEXT, text, AlertAnalysis.analyzer());
        return matches(post, query);
    }

    private static boolean matches(MemoryIndex post, String query) {
        QueryParser parser = new QueryParser(AlertAnalysis.TEXT, AlertAnalysis.analyzer());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return post.search(parser.parse(query)) > 0;
        } catch (ParseException e) {
            throw new AssertionError("query does not parse: " + query, e);
        }
    }
}
