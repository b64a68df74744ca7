package nl.relay.alerts;

import java.time.Instant;

/** The period an alert digest covers, from its outbox payload {@code frequency:since-until} (epoch millis). */
record DigestPeriod(String frequency, Instant since, Instant until) {

    static DigestPeriod parse(String payload) {
        String[] parts = payload.split(":");
        String[] window = parts[1].split("-");
        return new DigestPeriod(parts[0], Instant.ofEpochMilli(Long.parseLong(window[0])),
                Instant.ofEpochMilli(Long.parseLong(window[1])));
    }
}
