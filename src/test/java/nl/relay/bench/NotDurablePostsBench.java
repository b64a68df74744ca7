package nl.relay.bench;

import io.quarkus.test.junit.QuarkusTest;

/** POST throughput as the tests run: fsync and synchronous_commit off (the test profile's setting). */
@QuarkusTest
class NotDurablePostsBench extends PostDurabilityLoad {

    @Override
    String mode() {
        return "not-durable";
    }
}
