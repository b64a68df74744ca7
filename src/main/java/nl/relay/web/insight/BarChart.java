package nl.relay.web.insight;

import io.quarkus.qute.RawString;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A small bar chart drawn as SVG on the server (no JavaScript): one bar per label, the series stacked, a title and a
 * description for screen readers, a value axis with its label, and each bar's value in its own title (a tooltip).
 * Every text is escaped here, so the SVG is safe to put into the page as it is. A table beside it has the numbers.
 */
public record BarChart(String id, String title, String description, String axisLabel, List<String> labels,
        List<Series> series, Locale locale) {

    /** One stacked part of every bar, drawn in its colour. */
    public record Series(String name, String colour, List<Double> values) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 280;
    private static final int LEFT = 64;
    private static final int RIGHT = 12;
    private static final int TOP = 36;
    private static final int BOTTOM = 44;
    private static final int TICKS = 4;
    private static final int MOST_LABELS = 13;

    /** The chart as an SVG element. */
    public RawString svg() {
        StringBuilder svg = new StringBuilder();
        String titleId = escape(id) + "-title";
        String descId = escape(id) + "-desc";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(titleId).append(' ')
                .append(descId).append("\" data-testid=\"chart-").append(escape(id)).append("\">");
        svg.append("<title id=\"").append(titleId).append("\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(descId).append("\">").append(escape(description)).append("</desc>");
        double top = niceTop(highestBar());
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        axis(svg, top, plotHeight);
        legend(svg);
        int count = labels.size();
        double slot = count == 0 ? plotWidth : (double) plotWidth / count;
        double barWidth = Math.max(1, slot * 0.7);
        int every = Math.max(1, (int) Math.ceil(count / (double) MOST_LABELS));
        for (int i = 0; i < count; i++) {
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double base = TOP + plotHeight;
            for (Series part : series) {
                double value = value(part, i);
                double height = top == 0 ? 0 : value / top * plotHeight;
                base -= height;
                svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(base))
                        .append("\" width=\"").append(number(barWidth)).append("\" height=\"").append(number(height))
                        .append("\" fill=\"").append(escape(part.colour())).append("\"><title>")
                        .append(escape(labels.get(i) + " · " + part.name() + ": " + format(value)))
                        .append("</title></rect>");
            }
            if (i % every == 0) {
                svg.append("<text x=\"").append(number(x + barWidth / 2)).append("\" y=\"")
                        .append(TOP + plotHeight + 16)
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">")
                        .append(escape(labels.get(i))).append("</text>");
            }
        }
        svg.append("</svg>");
        return new RawString(svg.toString());
    }

    private void axis(StringBuilder svg, double top, int plotHeight) {
        for (int tick = 0; tick <= TICKS; tick++) {
            double value = top * tick / TICKS;
            double y = TOP + plotHeight - (double) plotHeight * tick / TICKS;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(number(y)).append("\" y2=\"").append(number(y)).append("\" stroke=\"")
                    .append(tick == 0 ? "#555" : "#ddd").append("\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(number(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">").append(escape(format(value)))
                    .append("</text>");
        }
        svg.append("<text transform=\"translate(14 ").append(TOP + plotHeight / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">")
                .append(escape(axisLabel)).append("</text>");
    }

    private void legend(StringBuilder svg) {
        int x = LEFT;
        for (Series part : series) {
            svg.append("<rect x=\"").append(x).append("\" y=\"10\" width=\"12\" height=\"12\" fill=\"")
                    .append(escape(part.colour())).append("\"/>");
            svg.append("<text x=\"").append(x + 18).append("\" y=\"20\" font-size=\"12\" fill=\"#333\">")
                    .append(escape(part.name())).append("</text>");
            x += 30 + part.name().length() * 7;
        }
    }

    private double highestBar() {
        double highest = 0;
        for (int i = 0; i < labels.size(); i++) {
            double bar = 0;
            for (Series part : series) {
                bar += value(part, i);
            }
            highest = Math.max(highest, bar);
        }
        return highest;
    }

    private static double value(Series part, int i) {
        Double value = i < part.values().size() ? part.values().get(i) : null;
        return value == null || value.isNaN() || value < 0 ? 0 : value;
    }

    /** The axis' top: 1, 2, 4 or 8 times a power of ten (four even ticks), at least the highest bar (1 for an empty chart). */
    static double niceTop(double highest) {
        if (highest <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(highest)));
        for (double step : new double[]{1, 2, 4, 8, 10}) {
            if (step * power >= highest) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private String format(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length());
        if (text == null) {
            return "";
        }
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
