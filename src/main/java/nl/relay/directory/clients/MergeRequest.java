package nl.relay.directory.clients;

import jakarta.validation.constraints.NotNull;

/** The client to merge into the one addressed, which survives. */
public record MergeRequest(@NotNull Long clientId) {
}
