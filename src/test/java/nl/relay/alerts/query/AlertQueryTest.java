package nl.relay.alerts.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.relay.alerts.matching.MatchablePost;
import nl.relay.search.query.SearchQuery;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** The query language's field names: Dutch and English names, in any case, mean exactly the same. */
class AlertQueryTest {

    /** Each Dutch query with the English one it must mean. */
    private static final Map<String, String> DUTCH_TO_ENGLISH = Map.of(
            "klant:\"Albert Heijn\"", "client:\"Albert Heijn\"",
            "sector:zorg", "sector:zorg",
            "soort:vacature", "kind:vacature",
            "auteur:\"Sanne de Vries\"", "author:\"Sanne de Vries\"",
            "onderwerp:#fintech", "topic:#fintech",
            "groep:\"Team Zuid\"", "group:\"Team Zuid\"");

    @Test
    void eachDutchFieldParsesToItsEnglishField() {
        DUTCH_TO_ENGLISH.forEach((dutch, english) -> assertEquals(AlertQuery.parse(english), AlertQuery.parse(dutch),
                dutch));
        assertEquals(AlertQuery.parse("(ING OR Rabo) client:ING -kind:signal author:jan topic:ict group:12"),
                AlertQuery.parse("(ING OR Rabo) klant:ING -soort:signal auteur:jan onderwerp:ict groep:12"));
    }

    @Test
    void fieldNamesIgnoreCaseInBothLanguages() {
        Query english = AlertQuery.parse("client:ING kind:vacancy");
        assertEquals(english, AlertQuery.parse("Client:ING KIND:vacancy"));
        assertEquals(english, AlertQuery.parse("KLANT:ING Soort:vacancy"));
        assertEquals(AlertQuery.parse("topic:ict"), AlertQuery.parse("Onderwerp:ict"));
        assertEquals(AlertQuery.parse("author:jan"), AlertQuery.parse("AUTEUR:jan"));
        assertEquals(AlertQuery.parse("group:12"), AlertQuery.parse("Groep:12"));
    }

    @Test
    void dutchAndEnglishKindValuesFindTheSamePosts() {
        Map<String, String> kinds = Map.of("note", "notitie", "question", "vraag", "candidate", "kandidaat",
                "vacancy", "vacature", "signal", "signaal");
        kinds.forEach((english, dutch) -> {
            MemoryIndex post = post(english);
            for (String query : List.of("kind:" + english, "kind:" + dutch, "soort:" + english, "soort:" + dutch,
                    "SOORT:" + dutch.toUpperCase(java.util.Locale.ROOT))) {
                assertTrue(post.search(AlertQuery.parse(query)) > 0, query + " finds a " + english);
            }
            String other = english.equals("note") ? "vacature" : "notitie";
            assertFalse(post.search(AlertQuery.parse("soort:" + other)) > 0, "soort:" + other + " finds no "
                    + english);
        });
    }

    @Test
    void aDutchFieldFindsWhatItsEnglishFieldFinds() {
        MemoryIndex post = post("vacancy");
        assertTrue(post.search(AlertQuery.parse("klant:\"Albert Heijn\" AND soort:vacature")) > 0);
        assertTrue(post.search(AlertQuery.parse("klant:ah sector:retail auteur:sanne onderwerp:#ict groep:7")) > 0);
        assertTrue(post.search(AlertQuery.parse("groep:\"team zuid\" auteur:\"Sanne de Vries\"")) > 0);
        assertFalse(post.search(AlertQuery.parse("klant:ING")) > 0);
        assertFalse(post.search(AlertQuery.parse("onderwerp:zorg")) > 0);
    }

    @Test
    void searchWritesADutchQueryAsItsEnglishQuery() {
        DUTCH_TO_ENGLISH.forEach((dutch, english) -> assertEquals(SearchQuery.parse(english).tsquery(),
                SearchQuery.parse(dutch).tsquery(), dutch));
        String tsquery = SearchQuery.parse("klant:\"Albert Heijn\" AND soort:vacature").tsquery();
        assertEquals(SearchQuery.parse("client:\"Albert Heijn\" AND kind:vacature").tsquery(), tsquery);
        assertTrue(tsquery.contains("'client=albert'") && tsquery.contains("'client=heijn'")
                && tsquery.contains("'kind=vacature'"), tsquery);
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheFieldsOfBothLanguages() {
        InvalidAlertQuery refused = assertThrows(InvalidAlertQuery.class, () -> AlertQuery.parse("ING Firma:ING"));
        assertEquals(5, refused.position());
        assertTrue(refused.reason().startsWith("has an unknown field \"Firma:\" at position 5"), refused.reason());
        for (String field : List.of("client:", "kind:", "author:", "topic:", "group:", "klant:", "sector:", "soort:",
                "auteur:", "onderwerp:", "groep:")) {
            assertTrue(refused.reason().contains(field), field + " in " + refused.reason());
        }
        assertThrows(InvalidAlertQuery.class, () -> AlertQuery.parse("clients:ING"));
        assertThrows(InvalidAlertQuery.class, () -> AlertQuery.parse("klanten:ING"));
    }

    @Test
    void aQueryForOneValueIsWrittenInEitherLanguageAndMeansTheValue() {
        assertEquals("klant:\"Albert Heijn\"", AlertQuery.forValue(AlertAnalysis.CLIENT, "Albert Heijn", true));
        assertEquals("client:\"Albert Heijn\"", AlertQuery.forValue(AlertAnalysis.CLIENT, "Albert Heijn", false));
        assertEquals("onderwerp:ict", AlertQuery.forValue(AlertAnalysis.TOPIC, "ict", true));
        assertEquals("auteur:sanne", AlertQuery.forValue(AlertAnalysis.AUTHOR, "sanne", true));
        assertEquals("author:\"jan.de-vries\"", AlertQuery.forValue(AlertAnalysis.AUTHOR, "jan.de-vries", false));
        assertEquals("klant:\"OR\"", AlertQuery.forValue(AlertAnalysis.CLIENT, "OR", true));
        String odd = AlertQuery.forValue(AlertAnalysis.CLIENT, "Bakkerij \"De Korf\" \\ Zn", true);
        assertEquals("klant:\"Bakkerij \\\"De Korf\\\" \\\\ Zn\"", odd);
        MemoryIndex post = new MemoryIndex();
        post.addField(AlertAnalysis.CLIENT, "Bakkerij \"De Korf\" \\ Zn", AlertAnalysis.analyzer());
        assertTrue(post.search(AlertQuery.parse(odd)) > 0);
        assertThrows(IllegalArgumentException.class, () -> AlertQuery.forValue("klant", "x", true));
    }

    @Test
    void recruitmentFieldsHaveDutchNamesThatMeanTheSame() {
        assertEquals(AlertQuery.parse("skill:java region:utrecht status:available signal:reorganisation"),
                AlertQuery.parse("vaardigheid:java regio:utrecht status:available signaal:reorganisation"));
        assertEquals(AlertQuery.parse("skill:\"sociaal recht\""), AlertQuery.parse("Vaardigheid:\"Sociaal Recht\""));
        assertEquals(SearchQuery.parse("skill:java region:noord-holland").tsquery(),
                SearchQuery.parse("vaardigheid:java regio:noord-holland").tsquery());
        assertEquals("vaardigheid:java", AlertQuery.forValue(AlertAnalysis.SKILL, "java", true));
        assertEquals("regio:\"noord-holland\"", AlertQuery.forValue(AlertAnalysis.REGION, "noord-holland", true));
        InvalidAlertQuery refused = assertThrows(InvalidAlertQuery.class, () -> AlertQuery.parse("java skills:java"));
        for (String field : List.of("skill:", "region:", "status:", "signal:", "vaardigheid:", "regio:",
                "signaal:")) {
            assertTrue(refused.reason().contains(field), field + " in " + refused.reason());
        }
    }

    @Test
    void aCandidateIsFoundByWholeSkillRegionOrProvinceAndStatusInBothLanguages() {
        MemoryIndex candidate = recruitmentPost("candidate", List.of("java", "spring boot"),
                List.of("amersfoort", "Amersfoort", "Amersfoort", "utrecht", "Utrecht (provincie)",
                        "Utrecht (province)"),
                "in-process", null);
        for (String query : List.of("skill:java", "vaardigheid:JAVA", "skill:\"spring boot\"", "region:amersfoort",
                "regio:utrecht", "region:\"Utrecht (province)\"", "status:in-process", "status:in-behandeling",
                "soort:kandidaat vaardigheid:java regio:utrecht status:in-behandeling")) {
            assertTrue(candidate.search(AlertQuery.parse(query)) > 0, query + " finds the candidate");
        }
        for (String query : List.of("skill:spring", "skill:javascript", "region:noord-holland", "regio:amsterdam",
                "status:available", "status:beschikbaar", "status:process", "signal:other")) {
            assertFalse(candidate.search(AlertQuery.parse(query)) > 0, query + " does not find the candidate");
        }
    }

    @Test
    void aSignalIsFoundByItsTypeInBothLanguages() {
        Map<String, String> types = Map.of("leaving", "vertrek", "new-manager", "nieuwe-manager", "reorganisation",
                "reorganisatie", "growth", "groei", "tender", "aanbesteding", "complaint", "klacht", "other", "overig");
        types.forEach((english, dutch) -> {
            MemoryIndex signal = recruitmentPost("signal", List.of(), List.of(), null, english);
            for (String query : List.of("signal:" + english, "signaal:" + dutch, "signaal:" + english,
                    "soort:signaal signal:" + dutch)) {
                assertTrue(signal.search(AlertQuery.parse(query)) > 0, query + " finds a " + english + " signal");
            }
            String other = english.equals("growth") ? "klacht" : "groei";
            assertFalse(signal.search(AlertQuery.parse("signaal:" + other)) > 0, other + " finds no " + english);
        });
    }

    @Test
    void vacancyStatusesMatchInBothLanguages() {
        Map<String, String> statuses = Map.of("open", "open", "on-hold", "gepauzeerd", "filled", "vervuld", "closed",
                "gesloten", "available", "beschikbaar", "placed", "geplaatst", "withdrawn", "ingetrokken");
        statuses.forEach((english, dutch) -> {
            MemoryIndex post = recruitmentPost("vacancy", List.of("java"), List.of("remote"), english, null);
            assertTrue(post.search(AlertQuery.parse("status:" + english)) > 0, english);
            assertTrue(post.search(AlertQuery.parse("status:" + dutch)) > 0, dutch);
        });
    }

    private static MemoryIndex recruitmentPost(String kind, List<String> skills, List<String> regions, String status,
            String signal) {
        MatchablePost post = new MatchablePost(1, 2, "Ervaren ontwikkelaar, per direct beschikbaar.", kind, "sanne",
                "Sanne de Vries", List.of(), List.of(), List.of(), null, null, skills, regions, status, signal);
        return MemoryIndex.fromDocument(post.document(), AlertAnalysis.analyzer());
    }

    /** A post of this kind by Sanne de Vries about Albert Heijn (alias AH, retail), topic #ict, in group 7 "Team Zuid". */
    private static MemoryIndex post(String kind) {
        MatchablePost post = new MatchablePost(1, 2, "Nieuwe functie in het distributiecentrum.", kind, "sanne",
                "Sanne de Vries", List.of("Albert Heijn", "AH"), List.of("retail", "Detailhandel", "Retail"),
                List.of("ict"), 7L, "Team Zuid");
        return MemoryIndex.fromDocument(post.document(), AlertAnalysis.analyzer());
    }
}
