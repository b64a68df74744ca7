package nl.relay.web.candidates;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates on the candidate pages in the page's language, as people in Amsterdam read them. */
@TemplateExtension
final class CandidateDates {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private CandidateDates() {
    }

    static String candDay(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale(locale)).format(date);
    }

    static String candDay(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return candDay(instant.atZone(AMSTERDAM).toLocalDate(), locale);
    }

    static String candMoment(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale(locale)).format(instant.atZone(AMSTERDAM));
    }

    private static Locale locale(Object locale) {
        return locale instanceof Locale given ? given : Locale.forLanguageTag("nl");
    }
}
