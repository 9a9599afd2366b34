package dev.statuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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

  @Test
  void followRereadsTheGrowingLog(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("access.log");
    String line =
        "10.0.0.1 - - [14/May/2024:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5 \"-\" \"curl\"\n";
    Files.writeString(log, line.repeat(20));
    StatsCommand stats = new StatsCommand();
    stats.followRounds = 2; // two views, then return
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            return type == StatsCommand.class
                ? type.cast(stats)
                : CommandLine.defaultFactory().create(type);
          }
        };
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main(), factory);
    cli.setOut(new PrintWriter(out, true));
    Thread grower =
        new Thread(
            () -> {
              try {
                Thread.sleep(200);
                Files.writeString(
                    log, line.replace(" 200 ", " 503 ").repeat(5), StandardOpenOption.APPEND);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    grower.start();
    int exit = cli.execute("stats", "--follow", "--refresh", "1", log.toString());
    grower.join();
    assertThat(exit).isZero();
    String views = out.toString();
    assertThat(views.split("following", -1)).hasSize(3);
    assertThat(views.substring(views.indexOf("following"))).contains("503 Service Unavailable");
  }

  @Test
  void followNeedsFiles() {
    assertThat(Cli.run("stats", "--follow").exit()).isEqualTo(2);
  }
}
