package nl.relay.mailin.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins format=flowed text (RFC 3676, as Thunderbird and Apple Mail send it) back into paragraphs: a line ending in a
 * space continues on the next line of the same quote depth.
 */
final class FlowedText {

    private FlowedText() {
    }

    static String unflow(String text, boolean deleteSpace) {
        List<String> lines = new ArrayList<>();
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String line : text.split("\n", -1)) {
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1); // space-stuffing, or the space after the quote marks
            }
            boolean signature = content.equals("-- ");
            boolean flowed = content.endsWith(" ") && !signature;
            if (paragraph != null && depth != paragraphDepth) {
                lines.add(quoted(paragraph.toString(), paragraphDepth));
                paragraph = null;
            }
            if (flowed && deleteSpace) {
                content = content.substring(0, content.length() - 1);
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(content);
                paragraphDepth = depth;
            } else {
                paragraph.append(content);
            }
            if (!flowed) {
                lines.add(quoted(paragraph.toString(), depth));
                paragraph = null;
            }
        }
        if (paragraph != null) {
            lines.add(quoted(paragraph.toString(), paragraphDepth));
        }
        return String.join("\n", lines);
    }

    private static String quoted(String content, int depth) {
        if (depth == 0) {
            return content;
        }
        String marks = ">".repeat(depth);
        return content.isEmpty() ? marks : marks + " " + content;
    }
}
