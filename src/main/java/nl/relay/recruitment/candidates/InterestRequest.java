package nl.relay.recruitment.candidates;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "I have a job for this person": a note, and perhaps the caller's own vacancy it is for. */
public record InterestRequest(@Schema(nullable = true) Long vacancyId, String note) {
}
