package nl.relay.recruitment.matches;

import java.util.List;

/**
 * A candidate or vacancy that fits another, and why: the skills both have, how their regions fit ({@code same},
 * {@code province} or {@code remote}) and a score (higher fits better).
 */
public record Match(MatchItem item, List<String> sharedSkills, String regionFit, int hoursApart, int score) {
}
