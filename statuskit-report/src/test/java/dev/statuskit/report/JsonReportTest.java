package dev.statuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON document keeps the schema the README documents. */
class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode shop() throws IOException {
    return MAPPER.readTree(Reports.render(Fixture.result(), ReportFormat.JSON, Fixture.OPTIONS));
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void hasTheDocumentedMembersInOrder() throws IOException {
    JsonNode root = shop();
    assertThat(names(root))
        .containsExactly(
            "reportVersion",
            "tool",
            "target",
            "exchanges",
            "ignored",
            "summary",
            "findings",
            "truncated",
            "skippedRules",
            "skippedInput",
            "skippedSamples");
    assertThat(names(root.get("summary"))).containsExactly("error", "warning", "info", "total");
    assertThat(names(root.at("/findings/0")))
        .containsExactly(
            "rule",
            "severity",
            "title",
            "category",
            "message",
            "evidence",
            "fix",
            "link",
            "request",
            "status",
            "source");
    assertThat(names(root.at("/skippedRules/SK903")))
        .containsExactly("exchanges", "needs", "reason");
  }

  @Test
  void countsEveryFindingAndSaysWhichAreNotListed() throws IOException {
    JsonNode root = shop();
    assertThat(root.at("/summary/total").asLong()).isEqualTo(6);
    assertThat(root.at("/summary/error").asLong()).isEqualTo(5);
    assertThat(root.get("findings")).hasSize(4);
    assertThat(root.at("/truncated/SK901").asLong()).isEqualTo(2);
  }

  @Test
  void usesEffectiveSeverities() throws IOException {
    JsonNode sk903 = shop().at("/findings/2");
    assertThat(sk903.get("rule").asText()).isEqualTo("SK903");
    assertThat(sk903.get("severity").asText()).isEqualTo("error");
  }
}
