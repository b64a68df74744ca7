package nl.relay.directory.clients;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reader's watch of a client, as the API shows it: the alert that is the watch, and all who watch. */
public record WatchView(boolean watching, @Schema(nullable = true) String frequency,
        @Schema(nullable = true) Long alertId, long watcherCount) {
}
