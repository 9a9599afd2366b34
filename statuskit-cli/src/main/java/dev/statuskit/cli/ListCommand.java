package dev.statuskit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.statuskit.registry.CodeJson;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.registry.UnassignedRange;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code statuskit list}: the registry as a table, CSV, Markdown or JSON. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the codes of the IANA HTTP Status Code Registry; with --unofficial, also the"
          + " widely seen unofficial codes (nginx, Cloudflare, AWS, IIS, ...)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  statuskit list",
      "  statuskit list --class 4xx",
      "  statuskit list --unofficial --class 5xx",
      "  statuskit list --format csv > codes.csv",
      "  statuskit list --format markdown --unassigned"
    })
final class ListCommand implements Callable<Integer> {

  @Option(
      names = {"-c", "--class"},
      paramLabel = "CLASS",
      description = "Only this class: 1xx, 2xx, 3xx, 4xx or 5xx.")
  String statusClass;

  @Option(names = "--unofficial", description = "Include unofficial codes, marked with origin.")
  boolean unofficial;

  @Option(
      names = "--unassigned",
      description = "Also show the unassigned ranges (text and markdown).")
  boolean unassigned;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default), json, csv or markdown.",
      defaultValue = "text",
      converter = FormatConverter.class)
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Optional<StatusClass> only = Optional.ofNullable(statusClass).map(ListCommand::parseClass);
    List<StatusCode> codes =
        StatusCodes.all().stream()
            .filter(c -> unofficial || c.isRegistered())
            .filter(c -> only.isEmpty() || c.statusClass() == only.get())
            .toList();
    List<UnassignedRange> ranges =
        unassigned
            ? StatusCodes.unassignedRanges().stream()
                .filter(r -> only.isEmpty() || StatusClass.of(r.from()) == only.get())
                .toList()
            : List.of();
    Output o = Output.of(spec);
    switch (format) {
      case TEXT -> codes.forEach(c -> o.out().println(CodeRow.render(o, c)));
      case JSON -> {
        ArrayNode array = Output.array();
        codes.forEach(c -> array.add(CodeJson.full(c)));
        o.json(array);
      }
      case CSV -> {
        o.out().println("code,phrase,class,standing,origin,reference,url,summary");
        codes.forEach(c -> o.out().println(csv(c)));
      }
      case MARKDOWN -> {
        o.out().println("| Code | Phrase | Standing | Reference | Summary |");
        o.out().println("|---:|---|---|---|---|");
        codes.forEach(c -> o.out().println(markdown(c)));
      }
    }
    if (!ranges.isEmpty() && (format == OutputFormat.TEXT || format == OutputFormat.MARKDOWN)) {
      o.out().println();
      o.out()
          .println(
              "Unassigned: " + String.join(", ", ranges.stream().map(String::valueOf).toList()));
    }
    return ExitCodes.OK;
  }

  private static StatusClass parseClass(String text) {
    return StatusClass.parse(text)
        .orElseThrow(
            () -> new UserError("unknown class '" + text + "'; use 1xx, 2xx, 3xx, 4xx or 5xx"));
  }

  private static String csv(StatusCode c) {
    return String.join(
        ",",
        String.valueOf(c.code()),
        quote(c.phrase()),
        c.statusClass().label(),
        c.standing().name().toLowerCase(java.util.Locale.ROOT),
        quote(c.origin().orElse("")),
        quote(c.reference().toString()),
        quote(c.reference().url()),
        quote(c.summary()));
  }

  /** RFC 4180 quoting: always quote text, double any quote inside. */
  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private static String markdown(StatusCode c) {
    String standing = c.origin().map(o -> "unofficial (" + o + ")").orElse(c.standing().label());
    return "| "
        + c.code()
        + " | "
        + cell(c.phrase())
        + " | "
        + standing
        + " | ["
        + c.reference()
        + "]("
        + c.reference().url()
        + ") | "
        + cell(c.summary())
        + " |";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
