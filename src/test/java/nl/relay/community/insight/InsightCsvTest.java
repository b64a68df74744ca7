package nl.relay.community.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV downloads: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
class InsightCsvTest {

    @Test
    void textThatLooksLikeAFormulaStartsWithAnApostrophe() {
        assertEquals("'=1+2", InsightCsv.cell("=1+2"));
        assertEquals("'+31 20 123", InsightCsv.cell("+31 20 123"));
        assertEquals("'-2", InsightCsv.cell("-2"));
        assertEquals("'@SUM(A1)", InsightCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", InsightCsv.cell("\tx"));
        assertEquals("Gemeente Utrecht", InsightCsv.cell("Gemeente Utrecht"));
        assertEquals("", InsightCsv.cell(null));
        assertEquals("12", InsightCsv.cell(12L));
        assertEquals("0.3333", InsightCsv.cell(1.0 / 3));
    }

    @Test
    void cellsWithCommasQuotesAndLineBreaksAreQuoted() {
        InsightReport report = new InsightReport(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9),
                "Europe/Amsterdam", List.of(), null,
                List.of(new InsightReport.ClientMatches(7, "Bakker, \"De Korenschoof\"\nAlmere", 3),
                        new InsightReport.ClientMatches(8, "@home", 1)),
                List.of(), 4, List.of());
        assertEquals("client_id,client,alert_matches\r\n7,\"Bakker, \"\"De Korenschoof\"\"\nAlmere\",3\r\n"
                + "8,'@home,1\r\n", InsightCsv.CLIENTS.write(report));
        assertEquals("relay-insight-clients-2025-03-03-2025-03-09.csv", InsightCsv.CLIENTS.filename(report));
        assertEquals(InsightCsv.CLIENTS, InsightCsv.named("clients").orElseThrow());
    }
}
