package nl.relay.community.help;

import java.time.LocalDate;
import java.util.List;

/** Who helped most in a period (both dates included), and how the accepted answers are spread. */
public record Leaderboard(LocalDate from, LocalDate to, List<Helper> people, AnswerShare distribution) {
}
