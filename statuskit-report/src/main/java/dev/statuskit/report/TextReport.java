package dev.statuskit.report;

import dev.statuskit.registry.StatusCode;
import dev.statuskit.rules.Category;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;
import dev.statuskit.text.Ansi;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The terminal report: a header, the findings grouped by rule (with what the status code means, the
 * evidence and the fix), a summary of what could not be checked, and a verdict. Everything the
 * audited API sent is cleaned to one line before it is printed (see {@link Clean}).
 */
final class TextReport implements Renderer {
  /** Evidence labels longer than this do not push every value to the right. */
  private static final int MAX_LABEL = 16;

  private static final String FINDING = "  ";
  private static final String DETAIL = "    ";

  @Override
  public void write(ReportModel model, ReportOptions options, Writer out) throws IOException {
    Lines lines = new Lines(options.width(), Ansi.of(options.color()));
    header(model, options, lines);
    if (model.groups().isEmpty()) {
      lines.blank();
      lines.wrap(noFindings(model), "", "  ");
    }
    for (RuleGroup g : model.groups()) {
      lines.blank();
      group(g, lines);
    }
    lines.blank();
    summary(model, lines);
    lines.blank();
    verdict(model, lines);
    for (String line : lines.all) {
      out.write(line);
      out.write('\n');
    }
  }

  private static void header(ReportModel model, ReportOptions options, Lines lines) {
    lines.wrap(
        "statuskit " + Clean.line(options.toolVersion()) + ": " + Clean.line(model.target()),
        "",
        "  ");
    String ignored =
        model.ignored() > 0
            ? ", " + Words.grouped(model.ignored()) + " ignored by configuration"
            : "";
    lines.wrap(
        Words.count(model.exchanges(), model.unit())
            + " read"
            + ignored
            + "; "
            + Words.count(model.enabled().size(), "rule")
            + " enabled",
        "",
        "  ");
  }

  /** "No findings: 42 exchanges passed 5 rules (3 protocol, 2 semantics)." */
  static String noFindings(ReportModel model) {
    if (model.checked() == 0) {
      return "No findings: no " + model.unit() + "s were checked.";
    }
    return "No findings: "
        + Words.count(model.checked(), model.unit())
        + " passed "
        + Words.count(model.enabled().size(), "rule")
        + byCategory(model.enabled())
        + ".";
  }

  /** " (12 protocol, 5 semantics)", or nothing when there are no rules. */
  private static String byCategory(List<Rule> rules) {
    Map<Category, Long> n = new EnumMap<>(Category.class);
    rules.forEach(r -> n.merge(r.category(), 1L, Long::sum));
    if (n.isEmpty()) {
      return "";
    }
    return n.entrySet().stream()
        .map(e -> Words.grouped(e.getValue()) + " " + e.getKey().label())
        .collect(Collectors.joining(", ", " (", ")"));
  }

  private static void group(RuleGroup g, Lines lines) {
    Rule rule = g.rule();
    String label = g.severity().name();
    String lead = rule.id() + "  " + Wrap.pad(label, 7) + "  ";
    List<String> title = Wrap.lines(rule.title(), lines.width, lead, " ".repeat(lead.length()));
    lines.add(
        lines.ansi.bold(rule.id())
            + "  "
            + lines.ansi.severity(g.severity(), label)
            + " ".repeat(7 - label.length() + 2)
            + lines.ansi.bold(title.get(0).substring(lead.length())));
    title.stream().skip(1).forEach(lines::add);
    for (StatusCode code : g.statuses()) {
      lines.wrap(code + ": " + code.summary(), FINDING, DETAIL);
    }
    lines.wrap("Fix: " + rule.fix(), FINDING, DETAIL);
    lines.wrap("See: " + rule.link(), FINDING, DETAIL);
    for (FindingView f : g.shown()) {
      lines.blank();
      finding(f, lines);
    }
    if (g.notShown() > 0) {
      lines.blank();
      lines.wrap("... and " + Words.grouped(g.notShown()) + " more like this", FINDING, DETAIL);
    }
  }

  private static void finding(FindingView f, Lines lines) {
    lines.wrap(f.headline(), FINDING, DETAIL + "  ");
    lines.wrap(Clean.line(f.message()), DETAIL, DETAIL);
    int labelWidth =
        Math.min(
            MAX_LABEL,
            f.evidence().stream()
                .mapToInt(e -> Wrap.columns(Clean.line(e.label())))
                .max()
                .orElse(0));
    for (Evidence e : f.evidence()) {
      String label = Wrap.pad(Clean.line(e.label()), labelWidth) + "  ";
      String indent = DETAIL + " ".repeat(Math.min(Wrap.columns(label), labelWidth + 2));
      lines.wrap(Clean.line(e.value()), DETAIL + label, indent);
    }
    if (f.specificFix()) {
      lines.wrap("Fix: " + Clean.line(f.fix()), DETAIL, DETAIL + "  ");
    }
  }

  private static void summary(ReportModel model, Lines lines) {
    lines.add(lines.ansi.bold("Summary"));
    long notShown = model.groups().stream().mapToLong(RuleGroup::notShown).sum();
    lines.wrap(
        "Findings: "
            + Words.severities(model)
            + (notShown > 0 ? " (" + Words.grouped(notShown) + " not shown)" : ""),
        FINDING,
        DETAIL);
    for (SkippedRule s : model.skippedRules()) {
      lines.wrap(s.summary(model.unit()), FINDING, DETAIL);
    }
    if (model.skippedInput().isEmpty()) {
      return;
    }
    long total = model.skippedInputTotal();
    lines.wrap("Skipped input: " + Words.count(total, "entry", "entries"), FINDING, DETAIL);
    for (SkippedInput s : model.skippedInput()) {
      lines.wrap(Clean.line(s.reason()) + ": " + Words.grouped(s.count()), DETAIL, DETAIL + "  ");
    }
    for (String sample : model.skippedSamples()) {
      lines.wrap("e.g. " + Clean.line(sample), DETAIL, DETAIL + "  ");
    }
  }

  private static void verdict(ReportModel model, Lines lines) {
    String counts = Words.severities(model);
    String checked = " in " + Words.count(model.checked(), model.unit());
    String text =
        model
            .worst()
            .map(
                w ->
                    switch (w) {
                      case ERROR -> "errors found: " + counts + checked;
                      case WARNING -> "warnings found, no errors: " + counts + checked;
                      case INFO -> "only info findings: " + counts + checked;
                    })
            .orElse("clean: no findings" + checked);
    List<String> wrapped = Wrap.lines(text, lines.width, "Verdict: ", "  ");
    Severity worst = model.worst().orElse(null);
    String first = wrapped.get(0).substring("Verdict: ".length());
    lines.add(
        lines.ansi.bold("Verdict: ")
            + (worst == null
                ? lines.ansi.bold(lines.ansi.green(first))
                : lines.ansi.severity(worst, first)));
    wrapped.stream().skip(1).forEach(lines::add);
  }

  /** The report's lines, with the wrapping width and the styling at hand. */
  private static final class Lines {
    final List<String> all = new ArrayList<>();
    final int width;
    final Ansi ansi;

    Lines(int width, Ansi ansi) {
      this.width = width;
      this.ansi = ansi;
    }

    void add(String line) {
      all.add(line.stripTrailing());
    }

    void blank() {
      if (!all.isEmpty() && !all.get(all.size() - 1).isEmpty()) {
        all.add("");
      }
    }

    void wrap(String text, String first, String rest) {
      Wrap.lines(text, width, first, rest).forEach(this::add);
    }
  }
}
