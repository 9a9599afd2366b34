package dev.statuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.server.demo.DemoApi;
import dev.statuskit.server.demo.PlantedMistake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the check command against the demo API, over real sockets, and against HAR files. */
class CheckCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One finding, reduced to what the demo's oracle names: rule and the demo path it came from. */
  record Hit(String rule, String path) {}

  static Cli demo;
  static Set<Hit> hits;
  static List<String> demoPaths;

  @BeforeAll
  static void auditTheDemo() throws Exception {
    demo = Cli.run("check", "--format", "json");
    try (DemoApi api = DemoApi.start()) {
      demoPaths = api.paths();
    }
    hits = new HashSet<>();
    for (JsonNode f : JSON.readTree(demo.out()).get("findings")) {
      String target = f.get("request").get("target").asText().replaceFirst("^https?://[^/]+", "");
      hits.add(new Hit(f.get("rule").asText(), demoPathOf(target)));
    }
  }

  /**
   * The demo path a probe exchange came from: the path itself, or for the unknown-id probe the demo
   * path with the same parent.
   */
  static String demoPathOf(String target) {
    if (demoPaths.contains(target)) {
      return target;
    }
    String parent = target.substring(0, target.lastIndexOf('/') + 1);
    return demoPaths.stream()
        .filter(p -> p.startsWith(parent) && p.lastIndexOf('/') == parent.length() - 1)
        .findFirst()
        .orElse(target);
  }

  @Test
  void reportsEveryPlantedMistake() {
    assertThat(demo.exit()).as(demo.err()).isEqualTo(1);
    for (PlantedMistake m : DemoApi.plantedMistakes()) {
      assertThat(hits)
          .as("%s on %s: %s", m.ruleId(), m.path(), m.what())
          .contains(new Hit(m.ruleId(), m.path()));
    }
  }

  @Test
  void reportsAFaultOncePerEndpointHoweverManyProbesMeetIt() throws Exception {
    // /account answers 401 without a challenge to the baseline GET, HEAD and the probe without
    // credentials alike: one SK103, not three.
    Set<String> seen = new HashSet<>();
    for (JsonNode f : JSON.readTree(demo.out()).get("findings")) {
      String target = f.get("request").get("target").asText().replaceFirst("^https?://[^/]+", "");
      String key = f.get("rule").asText() + " " + demoPathOf(target) + " " + f.get("status");
      assertThat(seen.add(key)).as("reported twice: %s", key).isTrue();
    }
    assertThat(seen).contains("SK103 /account 401");
  }

  @Test
  void raisesNothingOnTheCorrectEndpoints() {
    Set<String> planted = new HashSet<>();
    DemoApi.plantedMistakes().forEach(m -> planted.add(m.path()));
    List<String> correct = demoPaths.stream().filter(p -> !planted.contains(p)).toList();
    assertThat(correct).isNotEmpty();
    assertThat(hits).noneMatch(h -> correct.contains(h.path()));
    // Every finding belongs to a planted mistake: no extra rules fire on the mistaken endpoints.
    Set<Hit> expected = new HashSet<>();
    DemoApi.plantedMistakes().forEach(m -> expected.add(new Hit(m.ruleId(), m.path())));
    assertThat(hits).isSubsetOf(expected);
  }

  @Test
  void textReportExplainsFindingsAndSaysWhereItLooked() {
    Cli r = Cli.run("check");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("demo shop API at http://127.0.0.1:");
    assertThat(r.out())
        .contains("SK103")
        .contains("WWW-Authenticate")
        .contains("Fix")
        .contains("401 Unauthorized")
        .doesNotContain("demo-token");
  }

  @Test
  void failOnNeverExitsZeroAndSarifIsWritten(@TempDir Path dir) throws Exception {
    Path sarif = dir.resolve("report.sarif");
    Cli r = Cli.run("check", "--fail-on", "never", "--format", "sarif", "-o", sarif.toString());
    assertThat(r.exit()).isZero();
    JsonNode log = JSON.readTree(Files.readString(sarif));
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs").get(0).get("results")).isNotEmpty();
    assertThat(r.err()).contains("report written to");
  }

  @Test
  void configDisablesRulesAndChangesSeverities(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("statuskit.yml");
    Files.writeString(config, "rules:\n  SK103: off\n  SK201: info\n");
    Cli r = Cli.run("check", "--config", config.toString(), "--format", "json");
    JsonNode findings = JSON.readTree(r.out()).get("findings");
    assertThat(findings).noneMatch(f -> f.get("rule").asText().equals("SK103"));
    assertThat(findings)
        .filteredOn(f -> f.get("rule").asText().equals("SK201"))
        .isNotEmpty()
        .allMatch(f -> f.get("severity").asText().equals("info"));
  }

  @Test
  void badConfigIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("bad.yml");
    Files.writeString(config, "rules:\n  SK999: off\n");
    Cli r = Cli.run("check", "--config", config.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).contains("unknown rule 'SK999'").doesNotContain("\n");
  }

  @Test
  void auditsAHarFile(@TempDir Path dir) throws Exception {
    Path har = dir.resolve("shop.har");
    Files.writeString(
        har,
        """
        {"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": [
          {"startedDateTime": "2026-01-01T00:00:00Z", "time": 12,
           "request": {"method": "POST", "url": "https://api.example.com/orders", "httpVersion": "HTTP/1.1",
                       "headers": [{"name": "Authorization", "value": "Bearer s3cr3t-token"}],
                       "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 2,
                       "postData": {"mimeType": "application/json", "text": "{}"}},
           "response": {"status": 201, "statusText": "Created", "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "Content-Type", "value": "application/json"}],
                        "cookies": [], "content": {"size": 9, "mimeType": "application/json", "text": "{\\"id\\":1}"},
                        "redirectURL": "", "headersSize": -1, "bodySize": 9},
           "cache": {}, "timings": {"send": 0, "wait": 10, "receive": 2}},
          {"startedDateTime": "2026-01-01T00:00:01Z", "time": 0,
           "request": {"method": "GET", "url": "https://cdn.example.com/x.js", "httpVersion": "", "headers": [],
                       "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
           "response": {"status": 0, "statusText": "", "httpVersion": "", "headers": [], "cookies": [],
                        "content": {"size": 0, "mimeType": ""}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
           "cache": {}, "timings": {"send": 0, "wait": 0, "receive": 0}}
        ]}}
        """);
    Cli r = Cli.run("check", har.toString(), "--format", "json", "--fail-on", "warning");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    JsonNode report = JSON.readTree(r.out());
    assertThat(report.get("findings")).anyMatch(f -> f.get("rule").asText().equals("SK101"));
    assertThat(report.get("skippedInput").toString()).contains("status 0");
    assertThat(r.out()).doesNotContain("s3cr3t-token");
  }

  @Test
  void badInputIsOneLineWithExitTwo(@TempDir Path dir) throws Exception {
    Path notHar = dir.resolve("access.log");
    Files.writeString(
        notHar, "127.0.0.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 5\n");
    Path truncated = dir.resolve("cut.har");
    Files.writeString(truncated, "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\"");
    for (String[] args :
        List.of(
            new String[] {"check", notHar.toString()},
            new String[] {"check", truncated.toString()},
            new String[] {"check", dir.resolve("missing.har").toString()},
            new String[] {"check", "http://127.0.0.1:9/"},
            new String[] {"check", "--format", "pdf"})) {
      Cli r = Cli.run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().strip())
          .as(String.join(" ", args))
          .startsWith("statuskit: ")
          .doesNotContain("\n")
          .doesNotContain("Exception");
    }
    assertThat(Cli.run("check", truncated.toString()).err()).contains("cut.har:1:");
  }
}
