package dev.statuskit.report;

import dev.statuskit.registry.StatusCode;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GitHub-flavoured Markdown for a pull-request comment: a table of counts, then one collapsible
 * section per rule with a table of its findings. GitHub refuses comments over 65,536 characters, so
 * findings are capped per rule and the whole is kept within {@link #BUDGET}; what is left out is
 * counted, never silently dropped. Text from the audited API is escaped so it cannot add markup,
 * links or HTML to the comment.
 */
final class MarkdownReport implements Renderer {
  /**
   * What the report may use under GitHub's 65,536-character comment limit, leaving room for a CI
   * bot's own header or footer.
   */
  static final int BUDGET = 60_000;

  /** Findings shown per rule; the table stays readable and one rule cannot crowd out others. */
  static final int ROWS_PER_RULE = 10;

  /** A table cell longer than this is cut, so one huge body excerpt cannot eat the budget. */
  static final int MAX_CELL = 300;

  /** Lists of skipped input reasons are cut here. */
  static final int MAX_LIST = 20;

  @Override
  public void write(ReportModel model, ReportOptions options, Writer out) throws IOException {
    String head = head(model);
    String foot = foot(model, options);
    StringBuilder body = new StringBuilder();
    // Keep room for the line that counts rules left out.
    int room = BUDGET - head.length() - foot.length() - 200;
    long findingsLeftOut = 0;
    int rulesLeftOut = 0;
    for (RuleGroup g : model.groups()) {
      String section = section(g, room - body.length());
      if (section.isEmpty()) {
        rulesLeftOut++;
        findingsLeftOut += g.total();
      } else {
        body.append(section);
      }
    }
    if (rulesLeftOut > 0) {
      body.append("_")
          .append(Words.count(rulesLeftOut, "more rule"))
          .append(" with ")
          .append(Words.count(findingsLeftOut, "finding"))
          .append(" not shown, to stay within GitHub's comment size; see the full report._\n\n");
    }
    out.write(head);
    out.write(body.toString());
    out.write(foot);
    out.flush();
  }

  private static String head(ReportModel model) {
    StringBuilder s = new StringBuilder();
    String outcome = model.groups().isEmpty() ? "no findings" : Words.severities(model);
    s.append("## statuskit: ").append(outcome).append("\n\n");
    s.append("Checked ")
        .append(cell(model.target()))
        .append(": ")
        .append(Words.count(model.exchanges(), model.unit()));
    if (model.ignored() > 0) {
      s.append(" (").append(Words.grouped(model.ignored())).append(" ignored by configuration)");
    }
    s.append(" against ").append(Words.count(model.enabled().size(), "rule")).append(".\n\n");
    s.append("| Severity | Findings |\n| --- | ---: |\n");
    for (Severity sev : Severity.values()) {
      s.append("| ")
          .append(capitalized(sev.label()))
          .append(" | ")
          .append(Words.grouped(model.count(sev)))
          .append(" |\n");
    }
    s.append("| **Total** | **").append(Words.grouped(model.total())).append("** |\n\n");
    if (model.groups().isEmpty()) {
      s.append(cell(TextReport.noFindings(model))).append("\n\n");
    }
    return s.toString();
  }

  /** The rule's collapsible section within the room left, or "" when not even its summary fits. */
  private static String section(RuleGroup g, int room) {
    Rule r = g.rule();
    StringBuilder s = new StringBuilder();
    s.append("<details>\n<summary><strong>")
        .append(r.id())
        .append("</strong> ")
        .append(g.severity().label())
        .append(": ")
        .append(html(r.title()))
        .append(" (")
        .append(Words.count(g.total(), "finding"))
        .append(")</summary>\n\n");
    for (StatusCode code : g.statuses()) {
      s.append("> **").append(code).append("**: ").append(cell(code.summary())).append("\n>\n");
    }
    if (!g.statuses().isEmpty()) {
      s.setLength(s.length() - 2);
      s.append("\n");
    }
    s.append("| Request | Status | Problem | Evidence | Source |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    StringBuilder tail = new StringBuilder();
    tail.append("\n**Fix:** ").append(cell(r.fix()));
    tail.append(" ([reference](").append(url(r.link())).append("))\n\n</details>\n\n");
    String more = "\n_… and %s more like this._\n";
    // Reserve room for the "… and N more" line, whatever N turns out to be.
    int reserve = tail.length() + more.length() + 20;
    if (s.length() + reserve > room) {
      return "";
    }
    int rows = 0;
    for (FindingView f : g.shown()) {
      String row = row(f);
      if (rows >= ROWS_PER_RULE || s.length() + row.length() + reserve > room) {
        break;
      }
      s.append(row);
      rows++;
    }
    long notShown = g.total() - rows;
    if (notShown > 0) {
      s.append(String.format(more, Words.grouped(notShown)));
    }
    return s.append(tail).toString();
  }

  private static String row(FindingView f) {
    String problem = cell(f.message());
    if (f.specificFix()) {
      problem += "<br>**Fix:** " + cell(f.fix());
    }
    String evidence =
        f.evidence().stream()
            .map((Evidence e) -> cell(e.label()) + ": " + cell(e.value()))
            .collect(Collectors.joining("<br>"));
    return "| "
        + cell(f.method() + " " + f.target())
        + " | "
        + cell(f.response())
        + " | "
        + problem
        + " | "
        + evidence
        + " | "
        + cell(f.source())
        + " |\n";
  }

  private static String foot(ReportModel model, ReportOptions options) {
    StringBuilder s = new StringBuilder();
    List<String> notChecked =
        model.skippedRules().stream()
            .map(sr -> "- " + sr.summary(model.unit()))
            .collect(Collectors.toList());
    if (!model.skippedInput().isEmpty()) {
      long total = model.skippedInputTotal();
      notChecked.add(
          "- Skipped input: "
              + Words.count(total, "entry", "entries")
              + model.skippedInput().stream()
                  .limit(MAX_LIST)
                  .map(i -> "\n  - " + cell(i.reason()) + ": " + Words.grouped(i.count()))
                  .collect(Collectors.joining())
              + (model.skippedInput().size() > MAX_LIST
                  ? "\n  - … and " + (model.skippedInput().size() - MAX_LIST) + " more reasons"
                  : "")
              + model.skippedSamples().stream()
                  .map(x -> "\n  - e.g. " + cell(x))
                  .collect(Collectors.joining()));
    }
    if (!notChecked.isEmpty()) {
      s.append("### Not checked\n\n").append(String.join("\n", notChecked)).append("\n\n");
    }
    s.append("<sub>statuskit ").append(cell(options.toolVersion())).append("</sub>\n");
    return s.toString();
  }

  /**
   * Text for a table cell or a line: one line, at most {@link #MAX_CELL} characters, with HTML and
   * Markdown syntax escaped (GFM lets a backslash escape any ASCII punctuation) and pipes escaped
   * so they do not split the table.
   */
  static String cell(String text) {
    String t = Clean.line(text);
    if (t.length() > MAX_CELL) {
      t = t.substring(0, MAX_CELL - 1) + "…";
    }
    StringBuilder out = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text for HTML content (the summary line). */
  private static String html(String text) {
    return Clean.line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A link target: spaces and parentheses would end it early. */
  private static String url(String link) {
    return link.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29");
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
