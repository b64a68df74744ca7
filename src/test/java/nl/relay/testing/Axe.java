package nl.relay.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (Deque's accessibility engine, the script its Selenium artifact carries) run on the page the
 * browser shows, with the WCAG 2.0 and 2.1 level A and AA rules. Each violation comes back as one line:
 * the rule, its impact, what it is about and the first elements it found.
 */
public final class Axe {

    private static final String SCRIPT = load();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                                resultTypes: ['violations'] })
              .then(function (result) {
                done(result.violations.map(function (v) {
                  return { id: v.id, impact: v.impact || '', help: v.help,
                           targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ') };
                }));
              })
              .catch(function (error) { done([{ id: 'axe-failed', impact: 'critical', help: String(error), targets: '' }]); });
            """;

    private Axe() {
    }

    /** The WCAG 2.1 A/AA violations axe-core finds on the current page; empty when it passes. */
    public static List<String> violations(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        Object present = browser.executeScript("return typeof window.axe !== 'undefined';");
        if (!Boolean.TRUE.equals(present)) {
            browser.executeScript(SCRIPT);
        }
        Object result = browser.executeAsyncScript(RUN);
        List<String> lines = new ArrayList<>();
        if (!(result instanceof List<?> found)) {
            throw new IllegalStateException("axe-core answered no list: " + result);
        }
        for (Object item : found) {
            Map<?, ?> v = (Map<?, ?>) item;
            lines.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets"));
        }
        return lines;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read axe.min.js", e);
        }
    }
}
