package nl.relay.web.insight;

import java.text.NumberFormat;
import java.util.Locale;

/** How the insight page writes numbers, shares and durations in the reader's language. */
public record InsightFormat(InsightMessages words, Locale locale) {

    private static final String NONE = "–";

    /** A share (0 to 1) as a percentage, or a dash when there is none. */
    public String percent(Double share) {
        if (share == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    /** A duration in seconds as minutes (under an hour) or hours, or a dash when there is none. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (seconds < 3600) {
            return words.minutes(format.format(Math.round(seconds / 60.0)));
        }
        return words.hours(format.format(seconds / 3600.0));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
