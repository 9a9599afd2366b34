package dev.statuskit.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.server.mock.MockServer;
import dev.statuskit.stats.Stats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser (Debian's headless Chromium): what a person sees and does on each
 * page. One server and one browser for the class, since starting a browser is slow; every test
 * opens its page afresh. Screenshots of each page, light and dark, land in target/screenshots.
 */
class WebUiBrowserTest {
  private static MockServer server;
  private static WrongEndpoint wrong;
  private static ChromeDriver chrome;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() {
    server = MockServer.builder().webUi(true).start();
    wrong = new WrongEndpoint();
    chrome = Chromium.start();
    wait = new WebDriverWait(chrome, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() {
    if (chrome != null) {
      chrome.quit();
    }
    if (wrong != null) {
      wrong.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void lightScheme() {
    Chromium.colorScheme(chrome, "light");
  }

  private static void open(String path) {
    chrome.get(server.baseUri() + path);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
  }

  /** Waits until the results are those of the query, after the last keystroke's search. */
  private static void resultsFor(String query) {
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#results[data-query='" + query + "']")));
  }

  private static List<WebElement> options() {
    return chrome.findElements(By.cssSelector("#results [role=option]"));
  }

  @Test
  void searchingRateLimitShows429First() {
    open("/ui/");
    WebElement q = chrome.findElement(By.id("q"));
    q.sendKeys("rate limit");
    resultsFor("rate limit");
    assertThat(chrome.getCurrentUrl()).endsWith("/ui/?q=rate+limit");
    assertThat(options().get(0).getAttribute("data-code")).isEqualTo("429");
    assertThat(options().get(0).getText()).contains("429").contains("Too Many Requests");
    assertThat(chrome.findElement(By.id("count")).getText()).contains("best first");
    Chromium.screenshots(chrome, "reference-search");
  }

  @Test
  void keyboardMovesThroughResultsAndEnterOpensOne() {
    open("/ui/");
    WebElement q = chrome.findElement(By.id("q"));
    q.sendKeys("redirect");
    resultsFor("redirect");
    assertThat(options()).hasSizeGreaterThan(3);
    q.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    WebElement second = options().get(1);
    assertThat(second.getAttribute("aria-selected")).isEqualTo("true");
    assertThat(options().get(0).getAttribute("aria-selected")).isEqualTo("false");
    assertThat(q.getAttribute("aria-activedescendant")).isEqualTo(second.getAttribute("id"));
    String code = second.getAttribute("data-code");
    q.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlToBe(server.baseUri() + "/ui/codes/" + code));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), code));
    // Focus moves to the new page's heading, as a page load would put a screen reader there.
    assertThat(chrome.switchTo().activeElement().getTagName()).isEqualTo("h1");
    chrome.navigate().back();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
    resultsFor("redirect");
    assertThat(chrome.findElement(By.id("q")).getAttribute("value")).isEqualTo("redirect");
  }

  @Test
  void deepLinkToACodeShowsItsHeaders() {
    open("/ui/codes/429");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("main h1"), "429 Too Many Requests"));
    WebElement table = chrome.findElement(By.cssSelector("table[aria-labelledby=headers]"));
    assertThat(table.getText()).contains("Retry-After");
    assertThat(chrome.findElement(By.cssSelector(".facts")).getText()).contains("RFC 6585");
    assertThat(chrome.getTitle()).startsWith("429 Too Many Requests");
    Chromium.screenshots(chrome, "reference-code");
  }

  @Test
  void filteringByClassListsOnlyThatClass() {
    open("/ui/");
    resultsFor("");
    chrome.findElement(By.cssSelector("input[name=class][value='5xx']")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#results[data-class='5xx'][data-query='']")));
    assertThat(chrome.getCurrentUrl()).endsWith("/ui/?class=5xx");
    assertThat(options()).hasSizeGreaterThan(5);
    assertThat(options()).allMatch(o -> o.getAttribute("data-code").startsWith("5"));
    // The filter narrows a search too.
    chrome.findElement(By.id("q")).sendKeys("timeout");
    resultsFor("timeout");
    assertThat(chrome.getCurrentUrl()).contains("q=timeout").contains("class=5xx");
    assertThat(options()).anyMatch(o -> o.getAttribute("data-code").equals("504"));
    assertThat(options()).allMatch(o -> o.getAttribute("data-code").startsWith("5"));
    assertThat(options()).noneMatch(o -> o.getAttribute("data-code").equals("408"));
  }

  @Test
  void rulesListLinksToAPageWithTheRationale() {
    open("/ui/rules");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("SK101")));
    assertThat(chrome.findElement(By.cssSelector("main table")).getText())
        .contains("201 Created without Location")
        .contains("SK401");
    Chromium.screenshots(chrome, "rules");
    new Select(chrome.findElement(By.id("rule-family"))).selectByValue("probe");
    wait.until(d -> chrome.findElements(By.linkText("SK101")).isEmpty());
    chrome.findElement(By.id("rule-filter")).sendKeys("HEAD");
    // SK110 (content in a response to HEAD) is a protocol rule: the family leaves it out.
    assertThat(ruleIds()).contains("SK405").doesNotContain("SK110", "SK101");
    new Select(chrome.findElement(By.id("rule-family"))).selectByValue("");
    chrome.findElement(By.id("rule-filter")).clear();
    chrome.findElement(By.id("rule-filter")).sendKeys(Keys.SPACE);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("SK101")));
    chrome.findElement(By.linkText("SK101")).click();
    wait.until(ExpectedConditions.urlToBe(server.baseUri() + "/ui/rules/SK101"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("main h1"), "201 Created without Location"));
    assertThat(chrome.findElement(By.tagName("main")).getText())
        .contains("Why it matters")
        .contains("How to fix it")
        .contains("rfc9110#section-15.3.2");
    // Worked examples: each under a heading that says in words whether the rule flags it.
    List<WebElement> examples = chrome.findElements(By.cssSelector("main .example"));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
    WebElement flagged = chrome.findElement(By.cssSelector("main .example.flagged"));
    assertThat(flagged.findElement(By.tagName("h3")).getText().toLowerCase()).startsWith("flagged");
    assertThat(flagged.findElement(By.tagName("pre")).getText())
        .contains("POST /orders HTTP/1.1")
        .contains("HTTP/1.1 201 Created")
        .doesNotContain("Location:");
    WebElement passes = chrome.findElement(By.cssSelector("main .example.passes"));
    assertThat(passes.findElement(By.tagName("h3")).getText().toLowerCase()).startsWith("passes");
    assertThat(passes.findElement(By.tagName("pre")).getText()).contains("Location: /orders/42");
    Chromium.screenshots(chrome, "rule");
  }

  @Test
  void testerExplainsA401FromTheMockServerAndFindsNothingWrong() {
    open("/ui/tester");
    send("GET", server.baseUri() + "/status/401", "");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status-phrase")));
    assertThat(chrome.findElement(By.cssSelector(".status-line")).getText())
        .contains("401")
        .contains("Unauthorized");
    assertThat(chrome.findElement(By.id("explanation")).getText())
        .contains("401 Unauthorized:")
        .contains("not authenticated");
    assertThat(chrome.findElements(By.cssSelector(".findings [data-rule=SK103]"))).isEmpty();
    assertThat(chrome.findElement(By.cssSelector("#result table")).getText())
        .contains("WWW-Authenticate");
    // Plain http: the TLS phase is a dash, not a measured 0 ms.
    assertThat(chrome.findElement(By.cssSelector(".timing")).getText())
        .contains("no TLS")
        .contains("First byte");
    // The history keeps it, for one click to send again.
    assertThat(chrome.findElement(By.id("history-list")).getText()).contains("/status/401");
    Chromium.screenshots(chrome, "tester-401");
  }

  @Test
  void testerFindsTheMistakeOfAWrongEndpoint() {
    open("/ui/tester");
    send("POST", wrong.orders().toString(), "{\"item\": \"book\"}");
    WebElement finding =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".findings [data-rule=SK101]")));
    assertThat(finding.getText()).contains("201 Created without Location");
    assertThat(chrome.findElement(By.cssSelector(".status-line")).getText()).contains("201");
    assertThat(chrome.findElement(By.id("explanation")).getText()).contains("201 Created");
    Chromium.screenshots(chrome, "tester-findings");
  }

  @Test
  void testerRefusesATargetThatIsNotLoopback() {
    open("/ui/tester");
    // 192.0.2.1 is a documentation address (RFC 5737): refused before any connection is tried.
    send("GET", "http://192.0.2.1/status", "");
    WebElement error =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result .error-box")));
    assertThat(error.getText()).contains("not a loopback address");
    assertThat(chrome.findElement(By.id("result")).getText()).contains("Not sent");
  }

  @Test
  void statsPageShowsTheReportOfADroppedLog() throws IOException {
    Path log = Files.createDirectories(Path.of("target")).resolve("ui-" + Stats.SAMPLE_NAME);
    try (InputStream in = Stats.sampleLog()) {
      Files.copy(in, log, StandardCopyOption.REPLACE_EXISTING);
    }
    open("/ui/stats");
    chrome.findElement(By.id("log")).sendKeys(log.toAbsolutePath().toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("report-title"), log.getFileName().toString()));
    String summary = chrome.findElement(By.cssSelector(".summary-cards")).getText();
    assertThat(summary).contains("Requests").contains("1,997").contains("Bad lines");
    WebElement frame = chrome.findElement(By.cssSelector("iframe.report-frame"));
    chrome.switchTo().frame(frame);
    try {
      wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("svg")));
      assertThat(chrome.findElement(By.tagName("h1")).getText()).contains("statuskit stats");
    } finally {
      chrome.switchTo().defaultContent();
    }
    Chromium.screenshots(chrome, "stats");
  }

  private static List<String> ruleIds() {
    return chrome.findElements(By.cssSelector("main tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void aNarrowScreenGetsOneColumnAndNoSideways() {
    chrome.manage().window().setSize(new Dimension(390, 844)); // a phone
    try {
      open("/ui/tester");
      WebElement form = chrome.findElement(By.id("tester-form"));
      WebElement history = chrome.findElement(By.cssSelector("aside.history"));
      assertThat(history.getLocation().getY()).isGreaterThan(form.getLocation().getY());
      assertThat(history.getLocation().getX()).isEqualTo(form.getLocation().getX());
      Object sideways =
          chrome.executeScript(
              "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
      assertThat(sideways).isEqualTo(false);
      Chromium.screenshots(chrome, "tester-narrow");
      open("/ui/codes/401");
      assertThat(
              chrome.executeScript(
                  "return document.documentElement.scrollWidth > document.documentElement.clientWidth"))
          .isEqualTo(false);
    } finally {
      chrome.manage().window().setSize(new Dimension(Chromium.WIDTH, Chromium.HEIGHT));
    }
  }

  /** Fills the tester's form and sends it. */
  private static void send(String method, String url, String body) {
    new Select(chrome.findElement(By.id("method"))).selectByValue(method);
    WebElement field = chrome.findElement(By.id("url"));
    field.clear();
    field.sendKeys(url);
    WebElement content = chrome.findElement(By.id("body"));
    content.clear();
    if (!body.isEmpty()) {
      chrome.findElement(By.id("headers")).sendKeys("Content-Type: application/json");
      content.sendKeys(body);
    }
    chrome.findElement(By.id("send")).click();
  }
}
