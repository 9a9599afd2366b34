package dev.statuskit.cli;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.har.HarReader;
import dev.statuskit.input.CountingInputStream;
import dev.statuskit.input.InputException;
import dev.statuskit.openapi.ConformancePlan;
import dev.statuskit.openapi.OpenApiConformance;
import dev.statuskit.openapi.OpenApiLint;
import dev.statuskit.openapi.SpecAudit;
import dev.statuskit.probe.ProbeOptions;
import dev.statuskit.probe.Prober;
import dev.statuskit.report.ReportFormat;
import dev.statuskit.report.ReportOptions;
import dev.statuskit.report.Reports;
import dev.statuskit.rules.Audit;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Severity;
import dev.statuskit.server.demo.DemoApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code statuskit check}: audit a live API, a HAR file, or the built-in demo API. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Audit how an API uses status codes, against the rule catalogue (statuskit rules).",
      "",
      "TARGET is a base URL (a live API: each PATH is fetched with GET, then probed without"
          + " credentials, with a wrong method, an unknown id, a conditional GET, HEAD and"
          + " OPTIONS), a HAR file (exported by a browser's DevTools, Postman or a proxy; - for"
          + " stdin), an OpenAPI document (Swagger 2.0, OpenAPI 3.0 or 3.1, YAML or JSON: its"
          + " status codes are linted, nothing is sent), or nothing: then statuskit starts its"
          + " demo shop API on 127.0.0.1 and audits it.",
      "",
      "With --openapi SPEC, a base URL is tested against its spec instead: every operation gets"
          + " a valid request built from the spec's examples and schemas, and the negative ones"
          + " its shape allows (no credentials, an unknown id, a missing or mistyped parameter);"
          + " each answer must be documented, carry its documented headers and content type, and"
          + " pass the rule catalogue.",
      "",
      "Only GET, HEAD, OPTIONS and TRACE are sent unless --allow-unsafe is given."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  statuskit check                                   audit the built-in demo API",
      "  statuskit check recording.har",
      "  statuskit check https://api.example.com /users /users/42 /orders",
      "  statuskit check https://api.example.com --paths-file paths.txt \\",
      "      --header 'Authorization: Bearer $TOKEN' --format sarif -o statuskit.sarif",
      "  statuskit check recording.har --fail-on warning --format junit -o report.xml",
      "  statuskit check openapi.yaml --format sarif -o spec.sarif   lint a spec",
      "  statuskit check https://api.example.com --openapi openapi.yaml \\",
      "      --header 'Authorization: Bearer $TOKEN'",
      "  statuskit check --openapi                         the demo API against its own spec",
      "",
      "Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it,",
      "2 bad usage or input (unreadable file, not a HAR, invalid spec, unreachable host)."
    })
final class CheckCommand implements Callable<Integer> {
  private static final double DEMO_RATE = 500;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TARGET",
      description = "A base URL, a HAR file, or - (HAR on stdin). None: the demo API.")
  String target;

  @Parameters(
      index = "1..*",
      paramLabel = "PATH",
      description = "Paths to audit under the base URL (default: the base URL itself).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--paths-file", paramLabel = "FILE", description = "More paths, one a line.")
  Path pathsFile;

  @Option(
      names = {"-H", "--header"},
      paramLabel = "'NAME: VALUE'",
      description = "A header sent with every request, e.g. credentials. Redacted in reports.")
  List<String> headers = new ArrayList<>();

  @Option(
      names = "--openapi",
      paramLabel = "SPEC",
      arity = "0..1",
      fallbackValue = "",
      description =
          "Test the API at TARGET against this OpenAPI document (a file or an http(s) URL)."
              + " Without a TARGET: the demo API against the spec it serves.")
  String openapi;

  @Option(
      names = "--allow-unsafe",
      description =
          "Also send POST probes (malformed JSON, wrong Content-Type), and with --openapi the"
              + " spec's POST, PUT and PATCH operations.")
  boolean allowUnsafe;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "Requests in flight at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--rate",
      paramLabel = "N",
      defaultValue = "10",
      description = "At most this many requests per second (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Seconds to wait for each response (default: ${DEFAULT-VALUE}).")
  double timeout;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), json, sarif, junit or markdown.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to a file instead of stdout.")
  Path output;

  @Mixin RuleOptions ruleOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReportFormat reportFormat = reportFormat();
    Severity threshold = ruleOptions.threshold();
    RuleConfig config = ruleOptions.ruleConfig();
    PrintWriter err = spec.commandLine().getErr();
    AuditResult result;
    if (openapi != null) {
      result = conformance(Catalogue.forConformance(config), err);
    } else if (target != null && isSpecFile(target)) {
      if (!paths.isEmpty()) {
        throw new UserError("paths only apply to a base URL, not to a spec");
      }
      return lint(Path.of(target), Catalogue.forSpecs(config), reportFormat, threshold);
    } else if (target == null) {
      result = auditDemo(Catalogue.forExchanges(config), err);
    } else if (SpecFile.isUrl(target)) {
      result =
          auditLive(
              URI.create(target), allPaths(), userHeaders(), Catalogue.forExchanges(config), err);
    } else {
      if (!paths.isEmpty()) {
        throw new UserError("paths only apply to a base URL, not to a HAR file");
      }
      result = auditHar(Catalogue.forExchanges(config), err);
    }
    writeReport(result, reportFormat);
    return threshold != null && result.failsAt(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static boolean isSpecFile(String target) {
    if (target.equals("-") || SpecFile.isUrl(target)) {
      return false;
    }
    Path file = Path.of(target);
    return Files.isRegularFile(file) && SpecFile.isSpec(file);
  }

  /** Lints a spec: nothing is sent anywhere. */
  private int lint(Path file, RuleSet rules, ReportFormat reportFormat, Severity threshold)
      throws IOException {
    SpecAudit audit = OpenApiLint.lint(file, rules);
    writeReport(
        reportFormat,
        (format, options, w) -> Reports.write(audit, rules, format, options, w),
        audit.findings().size() + " findings in " + audit.operations() + " operations");
    return threshold != null && audit.failsAt(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** Tests the target (or the demo) against the spec given with --openapi. */
  private AuditResult conformance(RuleSet rules, PrintWriter err) {
    if (!paths.isEmpty() || pathsFile != null) {
      throw new UserError("with --openapi the spec names the paths; give none");
    }
    Duration wait = Duration.ofMillis((long) (timeout * 1000));
    if (target == null) {
      try (DemoApi demo = DemoApi.start()) {
        URI specUrl = demo.baseUri().resolve(DemoApi.specPath());
        err.println(
            "No target given: testing statuskit's demo shop API at "
                + demo.baseUri()
                + " against the spec it serves ("
                + specUrl
                + "; it has planted mistakes).");
        err.flush();
        String chosen = openapi.isEmpty() ? specUrl.toString() : openapi;
        return testAgainstSpec(demo.baseUri(), chosen, wait, forDemo(), rules, err);
      }
    }
    if (!SpecFile.isUrl(target)) {
      throw new UserError("--openapi tests a live API: give its base URL, not '" + target + "'");
    }
    if (openapi.isEmpty()) {
      throw new UserError("--openapi needs the spec (a file or URL) when testing your own API");
    }
    return testAgainstSpec(URI.create(target), openapi, wait, userHeaders(), rules, err);
  }

  private AuditResult testAgainstSpec(
      URI base,
      String specName,
      Duration wait,
      List<Headers.Field> sent,
      RuleSet rules,
      PrintWriter err) {
    Path file = SpecFile.resolve(specName, wait);
    ConformancePlan plan;
    try {
      plan = OpenApiConformance.plan(file, allowUnsafe);
    } catch (InputException e) {
      // A fetched spec lives in a temporary file: name the URL the user gave instead.
      throw new InputException(e.where().replace(file.toString(), specName), e.getMessage(), e);
    }
    Audit audit = new Audit(base.toString(), rules);
    try (Progress progress = Progress.onTerminal(err, "testing against " + specName)) {
      Prober.create(probeOptions(sent)).run(base, plan, audit, progress::update);
    }
    return audit.result();
  }

  private AuditResult auditDemo(RuleSet rules, PrintWriter err) {
    try (DemoApi demo = DemoApi.start()) {
      err.println(
          "No target given: auditing statuskit's demo shop API at "
              + demo.baseUri()
              + " (it has planted mistakes).");
      err.println("Audit your own API: statuskit check https://api.example.com /users /orders");
      err.flush();
      return auditLive(demo.baseUri(), demo.paths(), forDemo(), rules, err);
    }
  }

  /**
   * Settings for our own demo server: no need to be gentle on loopback (unless --rate says so), and
   * the demo's credentials beside the user's headers. Returns the headers to send.
   */
  private List<Headers.Field> forDemo() {
    if (!spec.commandLine().getParseResult().hasMatchedOption("--rate")) {
      rate = DEMO_RATE;
    }
    List<Headers.Field> credentials = new ArrayList<>(userHeaders());
    credentials.add(
        new Headers.Field(DemoApi.credentialsHeaderName(), DemoApi.credentialsHeaderValue()));
    return credentials;
  }

  private AuditResult auditLive(
      URI base, List<String> paths, List<Headers.Field> sent, RuleSet rules, PrintWriter err) {
    Audit audit = new Audit(base.toString(), rules);
    try (Progress progress = Progress.onTerminal(err, "probing")) {
      Prober.create(probeOptions(sent)).run(base, paths, audit, progress::update);
    }
    return audit.result();
  }

  private ProbeOptions probeOptions(List<Headers.Field> sent) {
    if (concurrency < 1 || rate <= 0 || timeout <= 0) {
      throw new UserError("--concurrency, --rate and --timeout must be positive");
    }
    return ProbeOptions.builder()
        .concurrency(concurrency)
        .requestsPerSecond(rate)
        .responseTimeout(Duration.ofMillis((long) (timeout * 1000)))
        .headers(sent)
        .allowUnsafe(allowUnsafe)
        .build();
  }

  private AuditResult auditHar(RuleSet rules, PrintWriter err) throws IOException {
    boolean stdin = target.equals("-");
    Path file = Path.of(target);
    if (!stdin && !Files.isRegularFile(file)) {
      throw new UserError(
          "'"
              + target
              + "' is neither a URL (http:// or https://) nor a file"
              + (target.contains(".") && !target.contains("/")
                  ? "; did you mean https://" + target + "?"
                  : ""));
    }
    String name = stdin ? "stdin" : file.toString();
    Audit audit = new Audit(name, rules);
    long size = stdin ? 0 : Files.size(file);
    long[] read = {0};
    try (Progress progress = Progress.onTerminal(err, "reading " + name);
        InputStream raw = stdin ? System.in : open(file);
        CountingInputStream in =
            new CountingInputStream(raw, n -> progress.update(read[0] += n, size));
        HarReader har = HarReader.open(in, name, audit::skippedInput);
        Stream<Exchange> exchanges = har.exchanges()) {
      exchanges.forEach(audit::check);
    }
    return audit.result();
  }

  private static InputStream open(Path file) throws IOException {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file");
    }
  }

  private void writeReport(AuditResult result, ReportFormat reportFormat) throws IOException {
    writeReport(
        reportFormat,
        (format, options, w) -> Reports.write(result, format, options, w),
        result.totalFindings() + " findings in " + result.exchanges() + " exchanges");
  }

  /** One report, whatever was audited: how to render it, and what it holds in a few words. */
  private interface Report {
    void write(ReportFormat format, ReportOptions options, java.io.Writer out) throws IOException;
  }

  private void writeReport(ReportFormat reportFormat, Report report, String summary)
      throws IOException {
    Output o = Output.of(spec);
    boolean color = output == null && reportFormat == ReportFormat.TEXT && o.style().enabled();
    ReportOptions options =
        new ReportOptions(
            color, o.width(), new Version().getVersion()[0].replace("statuskit ", ""));
    if (!ReportFile.write(o, output, w -> report.write(reportFormat, options, w))) {
      return;
    }
    spec.commandLine().getErr().println("statuskit: " + summary + "; report written to " + output);
  }

  private ReportFormat reportFormat() {
    return ReportFormat.parse(format)
        .orElseThrow(
            () ->
                new UserError(
                    "unknown format '"
                        + format
                        + "'; choose text, json, sarif, junit or markdown"));
  }

  private List<String> allPaths() throws IOException {
    List<String> all = new ArrayList<>(paths);
    if (pathsFile != null) {
      try {
        Files.readAllLines(pathsFile).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .forEach(all::add);
      } catch (NoSuchFileException e) {
        throw new InputException(pathsFile.toString(), "no such file");
      }
    }
    return all.isEmpty() ? List.of("/") : all;
  }

  private List<Headers.Field> userHeaders() {
    List<Headers.Field> fields = new ArrayList<>();
    for (String h : headers) {
      int colon = h.indexOf(':');
      if (colon <= 0) {
        throw new UserError("--header takes 'Name: value', not '" + h + "'");
      }
      fields.add(new Headers.Field(h.substring(0, colon).strip(), h.substring(colon + 1).strip()));
    }
    return fields;
  }
}
