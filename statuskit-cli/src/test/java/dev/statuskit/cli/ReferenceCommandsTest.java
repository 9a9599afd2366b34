package dev.statuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.registry.StatusCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void explainShowsMeaningSpecHeadersAndRetryAdvice() {
    Cli r = Cli.run("explain", "429");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("429 Too Many Requests")
        .contains("RFC 6585 §4")
        .contains("Retry-After")
        .containsPattern("MAY\\s+Retry-After")
        .contains("after Retry-After")
        .contains("Mistakes")
        .contains("Related");
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void explainAcceptsAReasonPhrase() {
    assertThat(Cli.run("explain", "I'm a teapot").out())
        .startsWith("418 (Unused)")
        .contains("2324");
  }

  @Test
  void explainsUnassignedCodesByTheirClass() {
    Cli r = Cli.run("explain", "299");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("299 Unassigned").contains("200 OK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"999", "abc", "42", "0", "1000", "600"})
  void explainRejectsWhatIsNotACodeInOneLine(String arg) {
    Cli r = Cli.run("explain", arg);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip())
        .startsWith("statuskit: '" + arg + "'")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void explainJsonCarriesEveryFact() throws Exception {
    Cli r = Cli.run("explain", "401", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("code").asInt()).isEqualTo(401);
    assertThat(j.get("phrase").asText()).isEqualTo("Unauthorized");
    assertThat(j.get("class").asText()).isEqualTo("4xx");
    assertThat(j.get("reference").get("section").asText()).isEqualTo("15.5.2");
    assertThat(j.get("retry").get("advice").asText()).isEqualTo("changed-request");
    JsonNode header = j.get("headers").get(0);
    assertThat(header.get("name").asText()).isEqualTo("WWW-Authenticate");
    assertThat(header.get("strength").asText()).isEqualTo("MUST");
    assertThat(j.get("bodyAllowed").asBoolean()).isTrue();
    assertThat(j.get("related")).isNotEmpty();
  }

  @Test
  void searchRanksRateLimitFirst() {
    Cli r = Cli.run("search", "rate", "limit");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .startsWith("429")
        .contains("Too Many Requests");
  }

  @Test
  void searchJsonAndLimit() throws Exception {
    Cli r = Cli.run("search", "redirect", "--limit", "3", "--format", "json");
    JsonNode j = JSON.readTree(r.out());
    assertThat(j).hasSize(3);
    assertThat(j.get(0).get("class").asText()).isEqualTo("3xx");
  }

  @Test
  void searchWithNoMatchSaysSoAndExitsOne() {
    Cli r = Cli.run("search", "zzqxv");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("No status code matches");
  }

  @Test
  void listJsonHasEveryRegisteredCode() throws Exception {
    Cli r = Cli.run("list", "--format", "json");
    assertThat(r.exit()).isZero();
    List<Integer> codes = new ArrayList<>();
    JSON.readTree(r.out()).forEach(c -> codes.add(c.get("code").asInt()));
    assertThat(codes)
        .containsExactlyElementsOf(StatusCodes.registered().stream().map(c -> c.code()).toList())
        .contains(100, 104, 226, 308, 418, 451, 510, 511)
        .doesNotContain(444, 520);
  }

  @Test
  void listFiltersByClassAndAddsUnofficialOnRequest() {
    Cli r = Cli.run("list", "--class", "5xx", "--unofficial");
    assertThat(r.out().lines()).allMatch(l -> l.startsWith("5"));
    assertThat(r.out()).contains("520").contains("[Cloudflare]").contains("503");
  }

  @Test
  void listCsvIsOneQuotedRowPerCode() {
    Cli r = Cli.run("list", "--format", "csv", "--class", "2xx");
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("code,phrase,class,standing,origin,reference,url,summary");
    assertThat(lines)
        .hasSize(
            1 + (int) StatusCodes.registered().stream().filter(c -> c.code() / 100 == 2).count());
    assertThat(lines.get(1)).startsWith("200,\"OK\",2xx,standard,\"\",\"RFC 9110 §15.3.1\"");
  }

  @Test
  void listMarkdownIsATable() {
    Cli r = Cli.run("list", "--format", "markdown", "--unassigned");
    assertThat(r.out())
        .startsWith("| Code | Phrase |")
        .contains("| 404 | Not Found |")
        .contains("Unassigned: 105–199");
  }

  @Test
  void listRejectsAnUnknownClassOrFormat() {
    assertThat(Cli.run("list", "--class", "9xx").exit()).isEqualTo(2);
    Cli bad = Cli.run("list", "--format", "yaml");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown format 'yaml'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"explain", "search", "list"})
  void everyCommandHasHelpWithExamples(String command) {
    Cli r = Cli.run(command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: statuskit " + command).contains("Examples:");
  }

  @Test
  void topLevelHelpListsCommandsAndExitCodes() {
    Cli r = Cli.run("--help");
    assertThat(r.out())
        .contains("explain")
        .contains("search")
        .contains("list")
        .contains("Exit codes");
  }

  @Test
  void printsACompletionScript() {
    Cli r = Cli.run("generate-completion");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("complete -F").contains("explain");
  }
}
