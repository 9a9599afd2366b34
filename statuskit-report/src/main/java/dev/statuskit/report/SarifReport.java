package dev.statuskit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 (OASIS), for code-scanning UIs. One run; {@code tool.driver.rules} lists the rules
 * that have findings, by id (a catalogue of rules nobody broke only makes the file bigger); each
 * result points at the audited artifact (the HAR file, or the API's URL) and names the endpoint as
 * a logical location, with the request and response as SARIF web objects. Rules skipped for lack of
 * data and skipped input become tool notifications.
 */
final class SarifReport implements Renderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://statuskit.dev";

  /** Names the fingerprint scheme, so a future change of what it hashes is a new key. */
  static final String FINGERPRINT = "statuskitEndpoint/v1";

  @Override
  public void write(ReportModel model, ReportOptions options, Writer out) throws IOException {
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "statuskit");
    driver.put("informationUri", INFORMATION_URI);
    driver.put("version", options.toolVersion());
    List<RuleGroup> byId = new ArrayList<>(model.groups());
    byId.sort(Comparator.comparing(g -> g.rule().id()));
    Map<String, Integer> index = new HashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (RuleGroup g : byId) {
      index.put(g.rule().id(), rules.size());
      rules.add(descriptor(g.rule()));
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ArrayNode overrides = Json.array();
    for (RuleGroup g : byId) {
      if (g.severity() != g.rule().severity()) {
        ObjectNode o = overrides.addObject();
        o.putObject("descriptor").put("id", g.rule().id()).put("index", index.get(g.rule().id()));
        o.putObject("configuration").put("level", level(g.severity()));
      }
    }
    if (!overrides.isEmpty()) {
      invocation.set("ruleConfigurationOverrides", overrides);
    }
    ArrayNode notes = invocation.putArray("toolExecutionNotifications");
    for (SkippedRule s : model.skippedRules()) {
      ObjectNode n = notes.addObject();
      n.put("level", "note");
      n.putObject("message").put("text", s.summary(model.unit()));
      n.putObject("associatedRule").put("id", s.id());
    }
    for (SkippedInput s : model.skippedInput()) {
      ObjectNode n = notes.addObject();
      n.put("level", "warning");
      n.putObject("message")
          .put("text", "Skipped input (" + Words.grouped(s.count()) + "): " + s.reason());
    }
    Optional<String> artifact = artifactUri(model.target());
    ArrayNode results = run.putArray("results");
    for (RuleGroup g : model.groups()) {
      for (FindingView f : g.shown()) {
        results.add(result(g, f, index.get(g.rule().id()), artifact));
      }
    }
    ObjectNode props = run.putObject("properties");
    props.put("target", model.target());
    props.put(model.unit() + "s", model.exchanges());
    props.put("ignored", model.ignored());
    ObjectNode truncated = props.putObject("truncated");
    model.truncated().forEach(truncated::put);
    ArrayNode samples = props.putArray("skippedSamples");
    model.skippedSamples().forEach(samples::add);
    Json.write(root, out);
  }

  private static ObjectNode descriptor(Rule rule) {
    ObjectNode d = Json.object();
    d.put("id", rule.id());
    d.put("name", pascalCase(rule.title()));
    d.putObject("shortDescription").put("text", rule.title());
    d.putObject("fullDescription").put("text", rule.rationale());
    if (isAbsoluteUri(rule.link())) {
      d.put("helpUri", rule.link());
    }
    d.putObject("help").put("text", rule.fix());
    // The rule's own default; a configured severity shows in each result's level.
    d.putObject("defaultConfiguration").put("level", level(rule.severity()));
    ObjectNode props = d.putObject("properties");
    props.put("category", rule.category().id());
    props.putArray("tags").add("http").add(rule.category().id());
    return d;
  }

  private static ObjectNode result(
      RuleGroup g, FindingView f, int ruleIndex, Optional<String> artifact) {
    ObjectNode r = Json.object();
    r.put("ruleId", g.rule().id());
    r.put("ruleIndex", ruleIndex);
    r.put("level", level(g.severity()));
    r.putObject("message").put("text", f.message());
    ObjectNode location = r.putArray("locations").addObject();
    artifact.ifPresent(
        uri -> {
          ObjectNode physical = location.putObject("physicalLocation");
          physical.putObject("artifactLocation").put("uri", uri);
          if (f.line() > 0) {
            physical.putObject("region").put("startLine", f.line());
          }
        });
    location
        .putArray("logicalLocations")
        .addObject()
        .put("name", f.requestLine())
        .put("fullyQualifiedName", f.method() + " " + f.target())
        .put("kind", "resource");
    r.putObject("partialFingerprints")
        .put(FINGERPRINT, fingerprint(g.rule().id(), f.method(), f.path(), f.status()));
    if (f.line() == 0) {
      // An exchange's request and response; a spec finding has only a documented one.
      r.putObject("webRequest").put("method", f.method()).put("target", f.target());
      r.putObject("webResponse").put("statusCode", f.status()).put("reasonPhrase", f.reason());
    }
    ObjectNode props = r.putObject("properties");
    props.put("source", f.source());
    props.set("evidence", Json.evidence(f.evidence()));
    props.put("fix", f.fix());
    return r;
  }

  /** SARIF's levels: error, warning, note. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** "201 Created without Location" → "201CreatedWithoutLocation" (SARIF §3.49.7). */
  static String pascalCase(String title) {
    StringBuilder out = new StringBuilder();
    for (String word : title.split("[^\\p{Alnum}]+")) {
      if (!word.isEmpty()) {
        out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
        out.append(word.substring(Character.charCount(word.codePointAt(0))));
      }
    }
    return out.toString();
  }

  /**
   * The audited artifact as a URI reference: a URL as it is (percent-encoding what is not allowed),
   * a relative file path as a relative reference (so code-scanning UIs can map it into the
   * repository), an absolute one as a file: URI. Empty when there is no target.
   */
  static Optional<String> artifactUri(String target) {
    String t = target.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      return Optional.of(isUri(t) ? t : encode(t, true));
    }
    String path = t.replace('\\', '/');
    if (path.matches("[A-Za-z]:/.*")) {
      return Optional.of("file:///" + encode(path, false));
    }
    if (path.startsWith("/")) {
      return Optional.of("file://" + encode(path, false));
    }
    return Optional.of(encode(path, false));
  }

  private static boolean isUri(String s) {
    try {
      new URI(s);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isAbsoluteUri(String s) {
    try {
      return new URI(s).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * Percent-encodes (RFC 3986 §2.1) every character outside the unreserved and sub-delimiter sets,
   * keeping the separators a path needs ("/", ":", "@") and, for a URL, those of query and fragment
   * too.
   */
  private static String encode(String s, boolean url) {
    String keep = url ? "-._~!$&'()*+,;=:@/?#%" : "-._~!$&'()*+,;=:@/";
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || (c < 0x80 && keep.indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return out.toString();
  }

  /**
   * A stable identity for "this rule on this endpoint", so code-scanning UIs match a finding with
   * the same one in the next run instead of opening a new alert.
   */
  static String fingerprint(String ruleId, String method, String path, int status) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (ruleId + "|" + method + "|" + path + "|" + status)
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
