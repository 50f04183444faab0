package nl.impact.report.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium and its chromedriver, for tests that open report.html in a real browser.
 * Without them such a test is skipped, loudly, except in CI ({@code CI=true}), where it fails: CI
 * installs both (.ci/run) and must never pass without the check. Selenium is pointed at this
 * chromedriver, so Selenium Manager never downloads a browser or driver.
 */
final class Chromium {

    /** The browser and its driver. */
    record Installation(Path browser, Path driver) {
    }

    private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"),
            Path.of("/usr/lib/chromium/chromedriver"));

    private Chromium() {
    }

    static Installation require() {
        Optional<Path> browser = BROWSERS.stream().filter(Files::isExecutable).findFirst();
        Optional<Path> driver = DRIVERS.stream().filter(Files::isExecutable).findFirst();
        if (browser.isEmpty() || driver.isEmpty()) {
            String why = "Chromium and chromedriver are not installed (" + BROWSERS.get(0) + ", " + DRIVERS.get(0)
                    + "): report.html was NOT checked in a browser. Install chromium and chromium-driver (Debian).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true: " + why);
            }
            System.err.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        return new Installation(browser.get(), driver.get());
    }
}
