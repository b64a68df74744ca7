package nl.relay.web.alerts;

/**
 * An "alert me" button as a page shows it: the form that makes the alert, or, when the reader has one already,
 * the way to it ({@code existing} is its id).
 */
public record AlertMeButton(String kind, String action, String name, Long existing) {
}
