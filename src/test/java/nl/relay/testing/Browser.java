package nl.relay.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian Chromium driven through its chromedriver, for the browser tests. Without them on
 * the machine the browser tests are skipped, unless {@code RELAY_BROWSER_TESTS=required} (CI sets it),
 * when they fail instead: CI installs both, so a missing browser there is an error, not a skip.
 */
public final class Browser {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Selenium warns that it has no DevTools version for this Chromium; the tests use only the plain CDP
     * commands (clipboard permission), which need none. Held here so the setting is not collected.
     */
    private static final java.util.logging.Logger DEVTOOLS = quiet("org.openqa.selenium.devtools");

    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"));
    private static final List<Path> DRIVER = List.of(Path.of("/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A fresh browser (no cookies) asking for Dutch pages, as a Dutch office laptop would. */
    public static ChromeDriver start() {
        Path chromium = firstExisting(CHROMIUM);
        Path driver = firstExisting(DRIVER);
        if (chromium == null || driver == null) {
            String why = "Browser tests need chromium and chromedriver (apt-get install chromium chromium-driver)";
            if ("required".equals(System.getenv("RELAY_BROWSER_TESTS"))) {
                throw new IllegalStateException(why + ", and RELAY_BROWSER_TESTS=required");
            }
            Assumptions.abort(why + "; skipped here");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=nl-NL", "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /**
     * Clicks the element after scrolling it to the middle of the window: on a phone-sized window the
     * navigation bar is fixed at the bottom, and an element behind it cannot be clicked (as for a person).
     */
    public static void click(ChromeDriver browser, org.openqa.selenium.WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });", element);
        element.click();
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, for a reviewer to look at. */
    public static void screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        }
    }

    /** The console's errors since the last call: script errors, CSP violations, failed loads. */
    public static List<String> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static Path firstExisting(List<Path> candidates) {
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }
}
