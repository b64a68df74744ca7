package nl.relay.web.polls;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** When a poll closes, in the page's language, as people in Amsterdam read it. */
@TemplateExtension
final class PollDates {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private PollDates() {
    }

    static String pollMoment(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale given ? given : Locale.forLanguageTag("nl");
        return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", language).format(instant.atZone(AMSTERDAM));
    }
}
