package dev.statuskit.cli;

import dev.statuskit.stats.Alert;
import dev.statuskit.stats.AlertResult;
import dev.statuskit.stats.Alerts;
import dev.statuskit.stats.ProgressListener;
import dev.statuskit.stats.Stats;
import dev.statuskit.stats.StatsRender;
import dev.statuskit.stats.StatsReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code statuskit stats access.log}: status-code analytics and alerts over access logs. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Status-code analytics over access logs: success rate, counts per class and code, latency"
          + " percentiles per code and per endpoint, the endpoints that fail, 429s by client, a"
          + " per-minute timeline with spikes flagged; alerts for CI and cron with --fail-if.",
      "",
      "Reads nginx/Apache combined and common logs (auto-detected, with a trailing request time),"
          + " custom nginx log_format or Apache LogFormat strings, JSON lines and HAR; files,"
          + " globs, .gz files, or - for stdin. Without a file it reads a sample log shipped with"
          + " statuskit."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  statuskit stats                                     the shipped sample log",
      "  statuskit stats /var/log/nginx/access.log*",
      "  zcat old.log.gz | statuskit stats -",
      "  statuskit stats access.log --fail-if 'rate(5xx) > 1%' --fail-if 'p99 > 800ms'",
      "  statuskit stats app.log --log-format '%h %l %u %t \"%r\" %>s %b %D'",
      "  statuskit stats events.jsonl --json-fields status=code,time=ts,path=url,latency=ms",
      "  statuskit stats access.log --format html -o report.html",
      "  statuskit stats access.log --follow                   a live view as the log grows",
      "",
      "Alert expressions: rate(5xx) > 1%, rate(503) >= 0.5%, count(429) > 100, p99 > 800ms,",
      "p95(/users/{id}) > 300ms, rate(5xx, /checkout) > 2%, success < 99.5%.",
      "Exit codes: 0 no alert fired, 1 an alert fired (each listed on stderr), 2 bad usage or",
      "input (unreadable file, not a log, malformed expression)."
    })
final class StatsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Logs to read: files, globs, or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "auto (default), combined, common, jsonl, har, or an nginx log_format / Apache"
              + " LogFormat string.")
  String logFormat;

  @Option(
      names = "--json-fields",
      paramLabel = "MAPPING",
      description = "Where JSON lines keep the fields: status=...,time=...,path=...,latency=...")
  String jsonFields;

  @Option(
      names = "--fail-if",
      paramLabel = "EXPR",
      description = "Exit 1 when the condition holds; repeatable.")
  List<String> failIf = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), json or html.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to a file instead of stdout.")
  Path output;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parsing threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--bucket",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Width of a timeline bucket in seconds (default: ${DEFAULT-VALUE}).")
  long bucketSeconds;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many endpoints and clients to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--no-endpoints", description = "Skip the per-endpoint analysis (faster).")
  boolean noEndpoints;

  @Option(
      names = "--follow",
      description =
          "Keep reading as the logs grow and refresh the view every --refresh seconds, until"
              + " Ctrl-C (text only).")
  boolean follow;

  @Option(
      names = "--refresh",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description = "How often --follow refreshes (default: ${DEFAULT-VALUE}).")
  double refresh;

  /** How many views --follow draws before it stops; unlimited but for tests. */
  int followRounds = Integer.MAX_VALUE;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String kind = format.strip().toLowerCase(Locale.ROOT);
    if (!List.of("text", "json", "html").contains(kind)) {
      throw new UserError("stats writes text, json or html, not '" + format + "'");
    }
    if (bucketSeconds < 1 || top < 1 || (threads != null && threads < 1)) {
      throw new UserError("--bucket, --top and --threads must be at least 1");
    }
    var alerts = Alerts.parse(failIf.toArray(String[]::new));
    Stats.Builder builder =
        Stats.builder()
            .format(logFormat)
            .bucket(Duration.ofSeconds(bucketSeconds))
            .endpoints(!noEndpoints)
            .top(top);
    if (jsonFields != null) {
      builder.jsonFields(jsonFields);
    }
    if (threads != null) {
      builder.threads(threads);
    }
    Stats stats = builder.build();
    if (follow) {
      return follow(stats, alerts);
    }
    PrintWriter err = spec.commandLine().getErr();
    StatsReport report;
    try (Progress progress = Progress.onTerminal(err, "reading")) {
      if (inputs.isEmpty()) {
        err.println(
            "No log given: reading the sample log shipped with statuskit ("
                + Stats.SAMPLE_NAME
                + "). Try: statuskit stats /var/log/nginx/access.log");
        err.flush();
        report = stats.run(Stats.sampleLog(), Stats.SAMPLE_NAME, progress::update);
      } else {
        report = stats.run(inputs, progress::update);
      }
    }
    Output o = Output.of(spec);
    String rendered =
        switch (kind) {
          case "json" -> StatsRender.json(report);
          case "html" -> StatsRender.html(report);
          default -> StatsRender.text(report, output == null && o.style().enabled(), o.width());
        };
    write(o, rendered);
    List<String> breached = breached(alerts, report);
    breached.forEach(m -> err.println(o.style().red("alert: " + m)));
    err.flush();
    return breached.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /**
   * Re-reads the logs and redraws the text view until interrupted. Each round reads the files
   * whole: simple and exact, and about a second per 350 MB on two cores.
   */
  private int follow(Stats stats, List<Alert> alerts) throws IOException {
    if (inputs.isEmpty() || inputs.contains("-")) {
      throw new UserError("--follow needs log files to watch (not stdin)");
    }
    if (!format.equalsIgnoreCase("text") || output != null || refresh <= 0) {
      throw new UserError("--follow draws the text view on the terminal, every --refresh > 0 s");
    }
    Output o = Output.of(spec);
    for (int round = 0; round < followRounds; round++) {
      if (round > 0) {
        try {
          Thread.sleep((long) (refresh * 1000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      StatsReport report = stats.run(inputs, ProgressListener.NONE);
      StringBuilder view = new StringBuilder();
      if (o.style().enabled()) {
        view.append("\u001b[H\u001b[2J"); // home and clear: redraw in place on a terminal
      }
      view.append(StatsRender.text(report, o.style().enabled(), o.width()));
      for (String m : breached(alerts, report)) {
        view.append('\n').append(o.style().red("alert: " + m));
      }
      o.out().println(view);
      o.out().println(o.style().dim("following " + String.join(", ", inputs) + "; Ctrl-C stops"));
      o.out().flush();
    }
    return ExitCodes.OK;
  }

  private void write(Output o, String rendered) throws IOException {
    String text = rendered.endsWith("\n") ? rendered : rendered + "\n";
    if (ReportFile.write(o, output, w -> w.write(text))) {
      spec.commandLine().getErr().println("statuskit: report written to " + output);
    }
  }

  /** What each alert that fires says. */
  private static List<String> breached(List<Alert> alerts, StatsReport report) {
    return Alerts.evaluate(alerts, report).stream()
        .filter(AlertResult::breached)
        .map(AlertResult::message)
        .toList();
  }
}
