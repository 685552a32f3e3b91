package io.communitypulse.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, which
 * {@code ./pulse test} installs when they are absent. Without them the test fails, saying so; only an
 * explicit {@code PULSE_SKIP_BROWSER_TEST=1} (system property {@code pulse.browser.skip}) makes it skip,
 * and then it is reported as skipped, never as passed.
 */
final class Chromium {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Chromium() {
    }

    static ChromeDriver start() {
        Optional<Path> browser = first(BROWSERS);
        Optional<Path> driver = first(DRIVERS);
        if (browser.isEmpty() || driver.isEmpty()) {
            String missing = "the dashboard's browser test needs Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; ./pulse test installs them)";
            Assumptions.assumeFalse(Boolean.getBoolean("pulse.browser.skip"), "skipped on request: " + missing);
            throw new AssertionError(missing + "; found browser " + browser + ", driver " + driver);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("pulse-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(browser.get().toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> first(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
