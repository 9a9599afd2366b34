package dev.statuskit.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.Response;
import dev.statuskit.probe.tester.Hop;
import dev.statuskit.probe.tester.Shown;
import dev.statuskit.probe.tester.TesterResult;
import dev.statuskit.probe.tester.Timing;
import dev.statuskit.registry.Standing;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.Severity;
import dev.statuskit.text.Ansi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Lays out what {@code statuskit request} saw, for the terminal. */
final class RequestText {
  /** Longer names are not padded to: one long header must not push every value off screen. */
  private static final int MAX_NAME = 24;

  /** Evidence the status line and request line above already show. */
  private static final Set<String> SHOWN_ABOVE = Set.of("request", "status");

  /** Control characters (ESC among them) a server could use to rewrite the user's terminal. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F\\x9B]");

  /** Keeps numbers as written and refuses duplicate keys, which a pretty print would hide. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** Two-space indent, "name": value, as people write JSON by hand. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final Ansi s;
  private final int width;

  RequestText(Ansi style, int width) {
    this.s = style;
    this.width = Math.min(width, 100);
  }

  String render(TesterResult r, boolean followed) {
    StringBuilder b = new StringBuilder();
    if (r.hops().size() > 1) {
      b.append(s.bold("Redirects")).append('\n');
      for (Hop hop : r.hops().subList(0, r.hops().size() - 1)) {
        b.append("  ").append(hopLine(hop)).append('\n');
      }
      b.append('\n');
    }
    Exchange e = r.exchange();
    b.append(s.dim(e.request().method() + " " + e.request().shownTarget())).append('\n');
    statusLine(b, e.response());
    headers(b, e.response().headers().orElse(Headers.empty()));
    body(b, e.response());
    b.append('\n').append(timing(r.timing())).append('\n');
    notFollowed(b, e.response(), followed);
    findings(b, r);
    return b.toString();
  }

  private String hopLine(Hop hop) {
    Exchange e = hop.exchange();
    Response r = e.response();
    String location = r.header("Location").map(l -> "  → " + Shown.url(clean(l))).orElse("");
    return e.request().method()
        + " "
        + e.request().shownTarget()
        + "  "
        + s.statusClass(r.code().statusClass(), s.bold(r.toString()))
        + location
        + s.dim("  " + millis(hop.timing().total()));
  }

  private void statusLine(StringBuilder b, Response r) {
    StatusCode c = r.code();
    String reason = r.reason().filter(p -> !p.isBlank()).orElse("");
    String line = r.protocol().map(p -> p + " ").orElse("") + r.status() + " " + clean(reason);
    b.append(s.statusClass(c.statusClass(), s.bold(line.strip())));
    b.append(s.dim("   " + c.statusClass().label() + " " + c.statusClass().title()));
    if (c.standing() != Standing.STANDARD) {
      b.append(s.dim(" · ")).append(s.magenta(c.standing().label()));
    }
    if (!reason.equalsIgnoreCase(c.phrase())) {
      // HTTP/2 has no reason phrase; a server may send its own (RFC 9112 §4): name the code.
      b.append(s.dim(" · " + (reason.isEmpty() ? "" : "registry: ") + c.code() + " " + c.phrase()));
    }
    b.append('\n').append(Text.indent(c.summary(), "", width)).append('\n');
  }

  private void headers(StringBuilder b, Headers headers) {
    if (headers.isEmpty()) {
      return;
    }
    b.append('\n');
    int nameWidth =
        Math.min(
            MAX_NAME, headers.fields().stream().mapToInt(f -> f.name().length()).max().orElse(0));
    for (Headers.Field f : Shown.headers(headers).fields()) {
      b.append(Ansi.pad(s.cyan(f.name()), nameWidth + 2)).append(clean(f.value())).append('\n');
    }
  }

  private void body(StringBuilder b, Response r) {
    Body body = r.body().orElse(Body.empty());
    if (body.isEmpty()) {
      return;
    }
    String type = r.mediaType().orElse("");
    b.append('\n');
    if (!isText(type, body.text())) {
      b.append(
              s.dim(
                  "("
                      + size(body.size())
                      + " of "
                      + (type.isEmpty() ? "binary" : type)
                      + " data, not shown)"))
          .append('\n');
      return;
    }
    String text = isJson(type) && !body.truncated() ? pretty(body.text()) : body.text();
    b.append(clean(text).stripTrailing()).append('\n');
    if (body.truncated()) {
      b.append(
              s.dim(
                  "(the first "
                      + size(body.text().length())
                      + " of "
                      + size(body.size())
                      + " shown)"))
          .append('\n');
    }
  }

  private static boolean isJson(String type) {
    return type.equals("application/json") || type.endsWith("+json");
  }

  /** Text types by name; anything else is text when it has no NUL byte. */
  private static boolean isText(String type, String text) {
    if (type.startsWith("text/")
        || isJson(type)
        || type.contains("xml")
        || type.contains("javascript")
        || type.contains("yaml")
        || type.equals("application/x-www-form-urlencoded")) {
      return true;
    }
    return text.indexOf('\0') < 0;
  }

  private static String pretty(String text) {
    try {
      JsonNode tree = JSON.readTree(text);
      return tree == null || tree.isMissingNode()
          ? text
          : JSON.writer(PRETTY).writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      return text; // not valid JSON after all: shown as it came
    }
  }

  private String timing(Timing t) {
    return s.bold("Timing")
        + "  "
        + String.join(
            s.dim(" · "),
            "DNS " + millis(t.dns()),
            "connect " + millis(t.connect()),
            "TLS " + (t.tls().isZero() ? "—" : millis(t.tls())),
            "first byte " + millis(t.firstByte()),
            s.bold("total " + millis(t.total())));
  }

  private void notFollowed(StringBuilder b, Response r, boolean followed) {
    if (!followed && r.code().statusClass().label().equals("3xx") && r.hasHeader("Location")) {
      b.append(s.dim("Not followed: add --follow (-F) to follow the Location.")).append('\n');
    }
  }

  private void findings(StringBuilder b, TesterResult r) {
    b.append('\n');
    List<Finding> findings = r.findings();
    if (findings.isEmpty()) {
      b.append(s.green("No findings"))
          .append(s.dim(": no rule of the catalogue flags this response."))
          .append('\n');
      return;
    }
    List<String> counts = new ArrayList<>();
    for (Severity sev : Severity.values()) {
      long n = findings.stream().filter(f -> f.severity() == sev).count();
      if (n > 0) {
        counts.add(n + " " + sev.label() + (n == 1 ? "" : "s"));
      }
    }
    b.append(s.bold("Findings")).append(s.dim("  " + String.join(", ", counts))).append('\n');
    for (Finding f : findings) {
      b.append('\n')
          .append(s.bold(f.rule().id()))
          .append("  ")
          .append(Ansi.pad(s.severity(f.severity(), f.severity().label()), 8))
          .append(f.rule().title())
          .append('\n');
      b.append(Text.indent(clean(f.message()), "  ", width)).append('\n');
      List<Evidence> evidence =
          f.evidence().stream().filter(ev -> !SHOWN_ABOVE.contains(ev.label())).toList();
      int labelWidth = evidence.stream().mapToInt(ev -> ev.label().length()).max().orElse(0);
      for (Evidence ev : evidence) {
        b.append("  ")
            .append(s.dim(Ansi.pad(ev.label(), labelWidth + 2)))
            .append(clean(ev.value()))
            .append('\n');
      }
      b.append(Text.indent(s.bold("Fix:") + " " + f.fix(), "  ", width)).append('\n');
      b.append("  ").append(s.bold("See:")).append(' ').append(f.rule().link()).append('\n');
    }
  }

  /** "0.4 ms", "12.3 ms", "1204 ms". */
  static String millis(Duration d) {
    double ms = d.toNanos() / 1_000_000.0;
    return ms < 100 ? String.format(Locale.ROOT, "%.1f ms", ms) : Math.round(ms) + " ms";
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }

  /** Keeps the terminal ours: control characters from the server are shown, not obeyed. */
  private static String clean(String text) {
    return CONTROL.matcher(text.replace("\r\n", "\n")).replaceAll("\uFFFD");
  }
}
