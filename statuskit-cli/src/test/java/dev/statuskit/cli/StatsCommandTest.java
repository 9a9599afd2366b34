package dev.statuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

  @Test
  void readsTheShippedSampleWhenGivenNoLog() {
    Cli r = Cli.run("stats");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("sample log");
    assertThat(r.out())
        .contains("Status codes")
        .contains("429 Too Many Requests")
        .contains("Timeline");
  }

  @Test
  void alertsFireWithExitOneAndAreListed() {
    Cli r = Cli.run("stats", "--fail-if", "rate(5xx) > 1%", "--fail-if", "count(429) > 1000");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("alert: rate(5xx)").doesNotContain("count(429)");
    assertThat(Cli.run("stats", "--fail-if", "rate(5xx) > 50%").exit()).isZero();
  }

  @Test
  void aMalformedExpressionIsOneLineWithItsColumn() {
    Cli r = Cli.run("stats", "--fail-if", "rate(5xx) >> 1%");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).contains("column").doesNotContain("\n");
  }

  @Test
  void writesJsonAndHtmlReports(@TempDir Path dir) throws Exception {
    Cli json = Cli.run("stats", "--format", "json");
    assertThat(new ObjectMapper().readTree(json.out()).get("requests").asLong()).isPositive();
    Path html = dir.resolve("report.html");
    Cli r = Cli.run("stats", "--format", "html", "-o", html.toString());
    assertThat(r.exit()).isZero();
    assertThat(Files.readString(html)).contains("<svg").doesNotContain("src=\"http");
  }

  @Test
  void aFileThatIsNotALogIsRefused(@TempDir Path dir) throws Exception {
    Path notALog = dir.resolve("notes.txt");
    Files.writeString(notALog, "dear diary\nthe API was slow today\n".repeat(20));
    Cli r = Cli.run("stats", notALog.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).contains("notes.txt").contains("not an access log");
  }
}
