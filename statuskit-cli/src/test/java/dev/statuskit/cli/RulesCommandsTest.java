package dev.statuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RulesCommandsTest {

  @Test
  void rulesListsEveryFamily() {
    Cli r = Cli.run("rules");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("SK101")
        .contains("SK201")
        .contains("SK301")
        .contains("SK401")
        .contains("protocol")
        .contains("probe");
  }

  @Test
  void rulesFiltersByFamilyAndWritesJson() throws Exception {
    Cli r = Cli.run("rules", "--category", "error-body", "--format", "json");
    JsonNode rules = new ObjectMapper().readTree(r.out());
    assertThat(rules).isNotEmpty();
    rules.forEach(
        rule -> {
          assertThat(rule.get("id").asText()).startsWith("SK3");
          assertThat(rule.get("link").asText()).startsWith("https://");
          assertThat(rule.get("rationale").asText()).isNotBlank();
          assertThat(rule.get("examples")).isNotEmpty();
          rule.get("examples")
              .forEach(
                  e -> {
                    assertThat(e.get("caption").asText()).isNotBlank();
                    assertThat(e.get("flagged").isBoolean()).isTrue();
                    assertThat(e.get("text").asText()).contains("HTTP/1.1");
                  });
        });
  }

  @Test
  void explainShowsARule() {
    Cli r = Cli.run("explain", "SK103");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("SK103")
        .contains("WWW-Authenticate")
        .contains("error")
        .contains("Fix")
        .contains("rfc9110")
        .contains("Flags: 401 with no challenge")
        .contains("    HTTP/1.1 401 Unauthorized")
        .contains("Passes: 401 naming the scheme")
        .contains("    WWW-Authenticate: Bearer realm=\"api\"");
    // The flagged example comes before the passing one, both between Fix and See.
    String out = r.out();
    assertThat(out.indexOf("Flags:")).isGreaterThan(out.indexOf("Fix"));
    assertThat(out.indexOf("Passes:")).isGreaterThan(out.indexOf("Flags:"));
    assertThat(out.indexOf("See ")).isGreaterThan(out.indexOf("Passes:"));
  }

  @Test
  void explainRejectsAnUnknownRule() {
    Cli r = Cli.run("explain", "SK999");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'SK999' is not a rule");
  }

  @Test
  void unknownFamilyIsAUsageError() {
    assertThat(Cli.run("rules", "--category", "style").exit()).isEqualTo(2);
  }
}
