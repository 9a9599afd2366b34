package dev.statuskit.server.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its chromedriver: the real browser the web UI's
 * end-to-end tests run in. Both binaries must be installed ({@code apt-get install chromium
 * chromium-driver}); when they are not, the tests fail and say so, rather than pass by skipping.
 * Nothing is downloaded: the driver and browser are named by path, so Selenium Manager never runs.
 */
final class Chromium {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static final int WIDTH = 1280;
  static final int HEIGHT = 900;
  private static final int MAX_SHOT_HEIGHT = 2600;

  private Chromium() {}

  /** A fresh headless browser; fails the test with how to install what is missing. */
  static ChromeDriver start() {
    Path browser = binary("CHROME_BIN", "/usr/bin/chromium");
    Path driver = binary("CHROMEDRIVER", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--no-first-run",
        "--lang=en-US",
        "--window-size=" + WIDTH + "," + HEIGHT);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return chrome;
  }

  private static Path binary(String env, String fallback) {
    String configured = System.getenv(env);
    Path path = Path.of(configured != null && !configured.isBlank() ? configured : fallback);
    if (!Files.isExecutable(path)) {
      fail(
          "The web UI's browser tests need Debian's headless Chromium and its driver, and "
              + path
              + " is missing. Install both with: apt-get install -y chromium chromium-driver"
              + " (or set "
              + env
              + " to the binary's path).");
    }
    return path;
  }

  /** Switches prefers-color-scheme, as a user's system setting would. */
  static void colorScheme(ChromeDriver chrome, String scheme) {
    chrome.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /**
   * Saves the whole page (up to a height) as {@code target/screenshots/NAME-light.png} and {@code
   * NAME-dark.png}, for people to look at; the scheme is back to light afterwards.
   */
  static void screenshots(ChromeDriver chrome, String name) {
    shot(chrome, name + "-light");
    colorScheme(chrome, "dark");
    shot(chrome, name + "-dark");
    colorScheme(chrome, "light");
  }

  @SuppressWarnings("unchecked")
  private static void shot(ChromeDriver chrome, String name) {
    Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double height = Math.min(MAX_SHOT_HEIGHT, ((Number) size.get("height")).doubleValue());
    double width = Math.min(WIDTH, ((Number) size.get("width")).doubleValue());
    Map<String, Object> shot =
        chrome.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
