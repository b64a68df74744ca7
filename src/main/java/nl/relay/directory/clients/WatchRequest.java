package nl.relay.directory.clients;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often a watch tells about the client: instant (the default), daily or weekly. */
public record WatchRequest(@Schema(enumeration = {
        "instant", "daily", "weekly"}, nullable = true) String frequency) {
}
