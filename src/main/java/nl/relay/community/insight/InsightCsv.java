package nl.relay.community.insight;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every table of the insight as a CSV file (RFC 4180: commas, CRLF, quotes where needed), safe to open in a
 * spreadsheet: a cell that starts with =, +, -, @ (or a tab or carriage return) gets a leading apostrophe, so it is
 * never read as a formula.
 */
public enum InsightCsv {

    ACTIVITY("activity", InsightPart.ACTIVITY, List.of("week", "monday", "posts", "replies", "active_people"),
            InsightCsv::activity), MUST_READ("must-read", InsightPart.MUST_READ,
                    List.of("week", "monday", "addressed", "acknowledged",
                            "acknowledged_share", "median_seconds_to_acknowledge"),
                    InsightCsv::mustRead), QUESTIONS("questions", InsightPart.QUESTIONS,
                            List.of("week", "monday", "questions", "answered",
                                    "median_seconds_to_first_answer"),
                            InsightCsv::questions), MAIL_SAVED("mail-saved", InsightPart.MAIL_SAVED,
                                    List.of("week", "monday", "mails_saved", "recipients_saved"),
                                    InsightCsv::mailSaved), CLIENTS("clients", InsightPart.ALERT_MATCHES,
                                            List.of("client_id", "client", "alert_matches"),
                                            InsightCsv::clients), SECTORS("sectors", InsightPart.ALERT_MATCHES,
                                                    List.of("sector", "name_nl", "name_en", "alert_matches"),
                                                    InsightCsv::sectors), TOPICS("topics", InsightPart.TOPICS,
                                                            List.of("topic", "posts"), InsightCsv::topics);

    private final String id;
    private final InsightPart part;
    private final List<String> header;
    private final Function<InsightReport, List<List<Object>>> rows;

    InsightCsv(String id, InsightPart part, List<String> header, Function<InsightReport, List<List<Object>>> rows) {
        this.id = id;
        this.part = part;
        this.header = header;
        this.rows = rows;
    }

    /** The part of the insight this table shows: the only one read for its download. */
    public InsightPart part() {
        return part;
    }

    /** The table with this name in the download's address ({@code activity}, {@code must-read}, ...). */
    public static Optional<InsightCsv> named(String id) {
        return Arrays.stream(values()).filter(table -> table.id.equals(id)).findFirst();
    }

    /** The names of every table, for an error message. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(InsightCsv::id).toList());
    }

    public String id() {
        return id;
    }

    /** The file's name, with the period in it. */
    public String filename(InsightReport report) {
        return "relay-insight-" + id + "-" + report.from() + "-" + report.to() + ".csv";
    }

    /** The table as CSV text, its header first. */
    public String write(InsightReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<Object> row : rows.apply(report)) {
                printer.printRecord(row.stream().map(InsightCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell's text; text that a spreadsheet would take for a formula starts with an apostrophe. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double share ? String.format(Locale.ROOT, "%.4f", share) : value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static List<List<Object>> activity(InsightReport report) {
        return weekly(report, w -> List.of(w.figures().posts(), w.figures().replies(), w.figures().activePeople()));
    }

    private static List<List<Object>> mustRead(InsightReport report) {
        return weekly(report, w -> Arrays.asList(w.figures().mustReadAddressed(), w.figures().mustReadAcknowledged(),
                w.figures().mustReadAcknowledgedShare(), w.figures().medianSecondsToAcknowledge()));
    }

    private static List<List<Object>> questions(InsightReport report) {
        return weekly(report, w -> Arrays.asList(w.figures().questions(), w.figures().questionsAnswered(),
                w.figures().medianSecondsToFirstAnswer()));
    }

    private static List<List<Object>> mailSaved(InsightReport report) {
        return weekly(report, w -> List.of(w.figures().mailsSaved(), w.figures().mailRecipientsSaved()));
    }

    private static List<List<Object>> clients(InsightReport report) {
        return report.clients().stream().map(c -> List.<Object>of(c.clientId(), c.name(), c.matches())).toList();
    }

    private static List<List<Object>> sectors(InsightReport report) {
        return report.sectors().stream().map(s -> List.<Object>of(s.code(), s.nameNl(), s.nameEn(), s.matches()))
                .toList();
    }

    private static List<List<Object>> topics(InsightReport report) {
        return report.topics().stream().map(t -> List.<Object>of(t.topic(), t.posts())).toList();
    }

    private static List<List<Object>> weekly(InsightReport report,
            Function<InsightReport.WeekInsight, List<Object>> figures) {
        List<List<Object>> rows = new ArrayList<>();
        for (InsightReport.WeekInsight week : report.weeks()) {
            List<Object> row = new ArrayList<>(List.of(week.week(), week.monday().toString()));
            row.addAll(figures.apply(week));
            rows.add(row);
        }
        return rows;
    }
}
