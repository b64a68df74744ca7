package nl.relay.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.relay.alerts.matching.AlertMonitor;
import nl.relay.bench.Latencies;

/** Judges the alert benchmark's figures against their targets and writes them as Markdown and JSON. */
final class AlertsBenchReport {

    private AlertsBenchReport() {
    }

    @SuppressWarnings("unchecked")
    static void write(Map<String, Object> report) throws Exception {
        Map<String, Object> sizes = (Map<String, Object>) report.get("sizes");
        Map<String, Object> at1k = (Map<String, Object>) sizes.get("1000");
        Map<String, Object> at10k = (Map<String, Object>) sizes.get("10000");
        Map<String, Object> at100k = (Map<String, Object>) sizes.get("100000");
        Map<String, Object> match1k = (Map<String, Object>) at1k.get("matching");
        Map<String, Object> match10k = (Map<String, Object>) at10k.get("matching");
        Map<String, Object> match100k = (Map<String, Object>) at100k.get("matching");
        Map<String, Object> naive = (Map<String, Object>) at10k.get("naive");
        Map<String, Object> quiet = (Map<String, Object>) report.get("postWithoutAlerts");
        Map<String, Object> loaded = (Map<String, Object>) report.get("postWith100kAlerts");
        Map<String, Object> heap = (Map<String, Object>) report.get("heapFor100kAlerts");
        Map<String, Object> catchUp = (Map<String, Object>) report.get("catchUpAt100k");
        Map<String, Object> settings = (Map<String, Object>) report.get("settings");
        Map<String, Object> queryMix = (Map<String, Object>) report.get("queryMix");

        double p50At1k = (double) match1k.get("p50Ms");
        double p50At100k = (double) match100k.get("p50Ms");
        double speedUpMean = (double) naive.get("meanMs") / (double) match10k.get("meanMs");
        double speedUpP50 = (double) naive.get("p50Ms") / (double) match10k.get("p50Ms");
        double postP95Quiet = (double) quiet.get("p95Ms");
        double postP95Loaded = (double) loaded.get("p95Ms");
        Map<String, Object> verdicts = new LinkedHashMap<>();
        verdicts.put("matchP50At100kAtMost10xOf1k", p50At100k <= 10 * p50At1k);
        verdicts.put("matchP50At100kAtMost2Ms", p50At100k <= 2);
        verdicts.put("monitorAtLeast50xFasterThanNaiveAt10k", speedUpMean >= 50);
        verdicts.put("naiveAndMonitorFindTheSame", ((Number) naive.get("postsWhereMatchesDiffer")).intValue() == 0);
        verdicts.put("postP95With100kAlertsWithin10PercentOfNone", postP95Loaded <= 1.1 * postP95Quiet);
        verdicts.put("backgroundMatchingKeptEveryMatch",
                ((Number) loaded.get("alertMatchRows")).longValue() == ((Number) loaded.get("alertMatchesExpected"))
                        .longValue());
        report.put("monitorSpeedUpAt10k", Map.of("byMean", Latencies.round(speedUpMean), "byP50",
                Latencies.round(speedUpP50)));
        report.put("targetsMet", verdicts);

        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("alerts.json").toFile(), report);
        StringBuilder markdown = new StringBuilder("""
                # Relay alert matching benchmark

                %s, synchronous_commit %s

                Order: POST /api/posts with no alerts (fresh database) first; then 1,000, 10,000 and 100,000 alerts
                registered in steps (inserted with SQL, then `AlertMonitor.catchUp()`), matching timed after each
                step (the naive baseline at 10,000); the heap; POST /api/posts again with the same bodies at 100,000
                alerts, a minute after measuring the cost of `catchUp()` itself.

                | measure | figure | target | met |
                |---|---|---|---|
                """.formatted(report.get("environment"), report.get("synchronousCommit")));
        for (String size : sizes.keySet()) {
            Map<String, Object> registration = (Map<String, Object>) ((Map<String, Object>) sizes.get(size))
                    .get("registration");
            markdown.append("| register +%s alerts (to %s): SQL insert / catchUp | %s s / %s s (%s alerts/s) | | |\n"
                    .formatted(registration.get("added"), size, registration.get("insertSeconds"),
                            registration.get("catchUpSeconds"), registration.get("alertsPerSecond")));
        }
        for (String size : sizes.keySet()) {
            Map<String, Object> matching = (Map<String, Object>) ((Map<String, Object>) sizes.get(size))
                    .get("matching");
            boolean last = size.equals("100000");
            markdown.append("| match one post at %s alerts: p50 / p95 / mean | %s / %s / %s ms; %s matches per post "
                    .formatted(size, matching.get("p50Ms"), matching.get("p95Ms"), matching.get("meanMs"),
                            matching.get("matchesPerPost")))
                    .append("(%s%% of the alerts), ".formatted(Latencies.round(100 * (double) matching
                            .get("matchesPerPost") / Integer.parseInt(size))))
                    .append("%s of %s posts match | %s | %s |\n".formatted(matching.get("postsWithAMatch"),
                            settings.get("documents"), last ? "p50 <= 10 x p50 at 1k, and <= 2 ms" : "",
                            last
                                    ? verdict(verdicts.get("matchP50At100kAtMost10xOf1k")) + ", "
                                            + verdict(verdicts.get("matchP50At100kAtMost2Ms"))
                                    : ""));
        }
        double perMatch = ((double) match100k.get("meanMs") - (double) match1k.get("meanMs"))
                / ((double) match100k.get("matchesPerPost") - (double) match1k.get("matchesPerPost"));
        Map<String, Object> analysis = (Map<String, Object>) naive.get("analysingThePostAlone");
        double drained = ((Number) loaded.get("matchTasksWaitingAfterLastPost")).doubleValue()
                / Math.max(0.01, (double) loaded.get("matchingDrainedSeconds"));
        markdown.append(
                """
                        | matching cost per extra match, 1,000 to 100,000 alerts (by mean) | %s µs | | |
                        | matched 100 posts at a time (as the outbox job does): mean per post at 1,000 / 10,000 / 100,000 | %s / %s / %s ms | | |
                        | analysing the post alone (into a MemoryIndex), p50 / mean | %s / %s ms | | |
                        | naive at 10,000 (one MemoryIndex, every query): p50 / mean per post | %s / %s ms | | |
                        | Monitor speed-up over naive at 10,000, by mean / by p50 | %s x / %s x | >= 50 x (by mean) | %s |
                        | posts where naive and Monitor matches differ | %s of %s | 0 | %s |
                        | heap retained by 100,000 alerts (used after GC, before / after) | %s MB (%s / %s MB), %s bytes per alert | | |
                        | POST /api/posts, no alerts: p50 / p95 / p99 | %s / %s / %s ms (%s posts/s) | | |
                        | POST /api/posts, 100,000 alerts: p50 / p95 / p99 | %s / %s / %s ms (%s posts/s) | p95 <= 1.1 x no-alert p95 | %s |
                        | background matching, 100,000 alerts: tasks waiting after the last POST, drained in | %s, %s s (%s posts/s); other outbox tasks left then (alert emails): %s | | |
                        | alert_match rows for the %s posts / what the Monitor finds for them | %s / %s (%s alert notifications) | equal | %s |
                        | `catchUp()` with nothing new at 100,000: p50 / mean, idle | %s / %s ms | | |
                        | `catchUp()` with nothing new, in the minute after 10,000 alerts changed (re-registering them: %s s) | %s / %s ms | | |

                        Alerts of %s people; queries using each sort (one query may use several): %s. The first few: %s.
                        Posts: %s different Dutch and English recruitment posts (vacancies, candidates, client signals,
                        questions, some long), most naming one of %s generated clients; %s timed POSTs after %s warm-up
                        ones, one after the other on one kept-alive connection, the same bodies in both runs. Matching: %s
                        rounds of the %s posts one at a time after %s warm-up rounds. Full figures: alerts.json.
                        """
                        .formatted(Latencies.round(perMatch * 1000), match1k.get("inBatchesOf100MeanMsPerPost"),
                                match10k.get("inBatchesOf100MeanMsPerPost"),
                                match100k.get("inBatchesOf100MeanMsPerPost"), analysis.get("p50Ms"),
                                analysis.get("meanMs"),
                                naive.get("p50Ms"), naive.get("meanMs"), Latencies.round(speedUpMean),
                                Latencies.round(speedUpP50),
                                verdict(verdicts.get("monitorAtLeast50xFasterThanNaiveAt10k")),
                                naive.get("postsWhereMatchesDiffer"), naive.get("samples"),
                                verdict(verdicts.get("naiveAndMonitorFindTheSame")), heap.get("retainedMb"),
                                heap.get("usedBeforeMb"),
                                heap.get("usedAfterMb"), heap.get("bytesPerAlert"), quiet.get("p50Ms"),
                                quiet.get("p95Ms"),
                                quiet.get("p99Ms"), quiet.get("postsPerSecond"), loaded.get("p50Ms"),
                                loaded.get("p95Ms"),
                                loaded.get("p99Ms"), loaded.get("postsPerSecond"),
                                verdict(verdicts.get("postP95With100kAlertsWithin10PercentOfNone")),
                                loaded.get("matchTasksWaitingAfterLastPost"), loaded.get("matchingDrainedSeconds"),
                                Latencies.round(drained), loaded.get("otherTasksWaitingAfterDrain"),
                                loaded.get("postsWritten"), loaded.get("alertMatchRows"),
                                loaded.get("alertMatchesExpected"),
                                loaded.get("alertNotifications"),
                                verdict(verdicts.get("backgroundMatchingKeptEveryMatch")),
                                ((Map<String, Object>) catchUp.get("idle")).get("p50Ms"),
                                ((Map<String, Object>) catchUp.get("idle")).get("meanMs"),
                                catchUp.get("reRegister10kSeconds"),
                                ((Map<String, Object>) catchUp.get("idleInTheMinuteAfter10kChanged")).get("p50Ms"),
                                ((Map<String, Object>) catchUp.get("idleInTheMinuteAfter10kChanged")).get("meanMs"),
                                settings.get("owners"), shares(queryMix), queryMix.get("examples"),
                                settings.get("documents"),
                                settings.get("clients"), settings.get("postTimed"), settings.get("postWarmUp"),
                                settings.get("matchRounds"), settings.get("documents"),
                                settings.get("matchWarmUpRounds")));
        Files.writeString(directory.resolve("alerts.md"), markdown);
        System.out.println(markdown);
    }

    private static String verdict(Object met) {
        return Boolean.TRUE.equals(met) ? "PASS" : "FAIL";
    }

    private static String shares(Map<String, Object> queryMix) {
        StringBuilder shares = new StringBuilder();
        queryMix.forEach((sort, share) -> {
            if (!sort.equals("examples")) {
                shares.append(shares.isEmpty() ? "" : ", ").append('`').append(sort).append("` ").append(share);
            }
        });
        return shares.toString();
    }
}
