package dev.statuskit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * statuskit's own JSON document, for scripts. The schema is documented in the module's README;
 * {@link #REPORT_VERSION} changes only when a member is removed or changes meaning.
 */
final class JsonReport implements Renderer {
  static final int REPORT_VERSION = 1;

  @Override
  public void write(ReportModel model, ReportOptions options, Writer out) throws IOException {
    ObjectNode root = Json.object();
    root.put("reportVersion", REPORT_VERSION);
    root.putObject("tool").put("name", "statuskit").put("version", options.toolVersion());
    root.put("target", model.target());
    root.put(model.unit() + "s", model.exchanges());
    root.put("ignored", model.ignored());
    ObjectNode summary = root.putObject("summary");
    for (Severity s : Severity.values()) {
      summary.put(s.label(), model.count(s));
    }
    summary.put("total", model.total());
    ArrayNode findings = root.putArray("findings");
    for (RuleGroup g : model.groups()) {
      g.shown().forEach(f -> findings.add(finding(g, f)));
    }
    ObjectNode truncated = root.putObject("truncated");
    model.truncated().forEach(truncated::put);
    ObjectNode skippedRules = root.putObject("skippedRules");
    for (SkippedRule s : model.skippedRules()) {
      ObjectNode rule = skippedRules.putObject(s.id());
      rule.put("exchanges", s.exchanges());
      ArrayNode needs = rule.putArray("needs");
      s.needs().forEach(p -> needs.add(p.id()));
      rule.put("reason", s.reason());
    }
    ObjectNode skippedInput = root.putObject("skippedInput");
    model.skippedInput().forEach(s -> skippedInput.put(s.reason(), s.count()));
    ArrayNode samples = root.putArray("skippedSamples");
    model.skippedSamples().forEach(samples::add);
    Json.write(root, out);
  }

  private static ObjectNode finding(RuleGroup g, FindingView f) {
    Rule rule = g.rule();
    ObjectNode n = Json.object();
    n.put("rule", rule.id());
    n.put("severity", g.severity().label());
    n.put("title", rule.title());
    n.put("category", rule.category().id());
    n.put("message", f.message());
    n.set("evidence", Json.evidence(f.evidence()));
    n.put("fix", f.fix());
    n.put("link", rule.link());
    n.putObject("request").put("method", f.method()).put("target", f.target());
    if (f.status() > 0) {
      n.put("status", f.status());
    }
    n.put("source", f.source());
    if (f.line() > 0) {
      n.put("line", f.line());
    }
    return n;
  }
}
