package nl.relay.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** POST throughput as Relay's own data runs: fsync, full_page_writes and synchronous_commit on. */
@QuarkusTest
@TestProfile(DurablePostsBench.Durable.class)
class DurablePostsBench extends PostDurabilityLoad {

    /** The production setting, which the test profile turns off. */
    public static class Durable implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relay.embedded-database.durable", "true");
        }
    }

    @Override
    String mode() {
        return "durable";
    }
}
