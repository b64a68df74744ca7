package nl.relay.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collected request durations and their percentiles, in milliseconds. */
public final class Latencies {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    public void record(long durationNanos) {
        nanos.add(durationNanos);
    }

    public int count() {
        return nanos.size();
    }

    public double percentile(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1_000_000.0;
    }

    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("requests", count());
        summary.put("p50Ms", round(percentile(50)));
        summary.put("p95Ms", round(percentile(95)));
        summary.put("p99Ms", round(percentile(99)));
        return summary;
    }

    public static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
