package dev.statuskit.report;

import dev.statuskit.openapi.SpecAudit;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.RuleSet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The front door to the report renderers: one audit result, any format.
 *
 * <pre>{@code
 * AuditResult result = audit.result();
 * Reports.write(result, ReportFormat.SARIF, ReportOptions.defaults(), writer);
 * String text = Reports.render(result, ReportFormat.TEXT, ReportOptions.defaults().withColor(true));
 * }</pre>
 *
 * <p>Every format shows the same findings, grouped by rule, most severe first. Audits keep the
 * first {@link dev.statuskit.rules.Audit#KEPT_PER_RULE} findings of each rule in full; every format
 * says how many more there were. Credentials never appear: rules redact the headers they quote, and
 * reports also scrub each exchange's credential header values, URL user-info and secret-looking
 * query parameters from everything they print. Output is deterministic: the same result and options
 * give the same bytes, with "\n" line ends on every platform.
 */
public final class Reports {
  private Reports() {}

  private static final Map<ReportFormat, Renderer> RENDERERS =
      Map.of(
          ReportFormat.TEXT, new TextReport(),
          ReportFormat.JSON, new JsonReport(),
          ReportFormat.SARIF, new SarifReport(),
          ReportFormat.JUNIT, new JunitReport(),
          ReportFormat.MARKDOWN, new MarkdownReport());

  /**
   * Writes the report to {@code out} and flushes it; {@code out} stays open.
   *
   * @throws IOException if writing fails
   */
  public static void write(
      AuditResult result, ReportFormat format, ReportOptions options, Writer out)
      throws IOException {
    RENDERERS.get(format).write(ReportModel.of(result), options, out);
  }

  /**
   * Writes the report of a spec's lint: the same formats, with operations in place of exchanges and
   * each finding pointing at its line of the spec (SARIF regions, "file:line" sources).
   *
   * @param rules the rule set the lint ran under (its enabled spec rules are listed as run)
   * @throws IOException if writing fails
   */
  public static void write(
      SpecAudit audit, RuleSet rules, ReportFormat format, ReportOptions options, Writer out)
      throws IOException {
    RENDERERS.get(format).write(ReportModel.of(audit, rules), options, out);
  }

  /** The report of a spec's lint as a string. */
  public static String render(
      SpecAudit audit, RuleSet rules, ReportFormat format, ReportOptions options) {
    return render(ReportModel.of(audit, rules), format, options);
  }

  /** The report as a string. */
  public static String render(AuditResult result, ReportFormat format, ReportOptions options) {
    return render(ReportModel.of(result), format, options);
  }

  private static String render(ReportModel model, ReportFormat format, ReportOptions options) {
    StringWriter out = new StringWriter();
    try {
      RENDERERS.get(format).write(model, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }
}
