package dev.statuskit.probe.tester;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.Response;
import dev.statuskit.registry.CodeJson;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.Severity;
import java.time.Duration;
import java.util.Optional;

/**
 * The one JSON shape of a {@link TesterResult}, for {@code statuskit request --format json} and the
 * web UI's API. Credentials are redacted: credential headers by name, secrets in URLs. The fields
 * are documented in statuskit-probe/REQUEST.md; {@link #VERSION} changes only when one is removed
 * or changes meaning.
 */
public final class TesterJson {
  public static final int VERSION = 1;

  private TesterJson() {}

  public static ObjectNode write(TesterResult r) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("version", VERSION);
    Exchange e = r.exchange();
    root.set("request", request(e));
    root.set("response", response(e.response()));
    root.set("timing", timing(r.timing()));
    ArrayNode hops = root.putArray("hops");
    r.hops().forEach(h -> hops.add(hop(h)));
    ObjectNode summary = root.putObject("summary");
    for (Severity s : Severity.values()) {
      summary.put(s.label(), r.findings().stream().filter(f -> f.severity() == s).count());
    }
    ArrayNode findings = root.putArray("findings");
    r.findings().forEach(f -> findings.add(finding(f)));
    return root;
  }

  private static ObjectNode request(Exchange e) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("method", e.request().method());
    o.put("url", e.request().shownTarget());
    o.set("headers", headers(e.request().headers()));
    o.set("body", body(e.request().body()));
    return o;
  }

  private static ObjectNode response(Response r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    r.protocol().ifPresentOrElse(p -> o.put("protocol", p), () -> o.putNull("protocol"));
    o.put("status", r.status());
    r.reason().ifPresentOrElse(p -> o.put("reason", p), () -> o.putNull("reason"));
    // What the registry says about the status, in the shape of `search --format json`.
    o.set("code", CodeJson.brief(r.code()));
    o.set("headers", headers(r.headers()));
    o.set("body", body(r.body()));
    return o;
  }

  private static ArrayNode headers(Optional<Headers> headers) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    headers
        .map(Shown::headers)
        .ifPresent(
            h ->
                h.fields()
                    .forEach(f -> a.addObject().put("name", f.name()).put("value", f.value())));
    return a;
  }

  private static ObjectNode body(Optional<Body> body) {
    Body b = body.orElse(Body.empty());
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("size", b.size());
    o.put("truncated", b.truncated());
    o.put("text", b.text());
    return o;
  }

  private static ObjectNode timing(Timing t) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("dnsMs", millis(t.dns()));
    o.put("connectMs", millis(t.connect()));
    o.put("tlsMs", millis(t.tls()));
    o.put("firstByteMs", millis(t.firstByte()));
    o.put("totalMs", millis(t.total()));
    return o;
  }

  /** Milliseconds with three decimals: microseconds are the most a JVM clock honestly gives. */
  private static double millis(Duration d) {
    return Math.round(d.toNanos() / 1_000.0) / 1_000.0;
  }

  private static ObjectNode hop(Hop h) {
    Exchange e = h.exchange();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("method", e.request().method());
    o.put("url", e.request().shownTarget());
    o.put("status", e.response().status());
    e.response().reason().ifPresentOrElse(p -> o.put("reason", p), () -> o.putNull("reason"));
    e.response()
        .header("Location")
        .ifPresentOrElse(l -> o.put("location", Shown.url(l)), () -> o.putNull("location"));
    o.set("timing", timing(h.timing()));
    return o;
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("rule", f.rule().id());
    o.put("severity", f.severity().label());
    o.put("title", f.rule().title());
    o.put("category", f.rule().category().id());
    o.put("message", f.message());
    ArrayNode evidence = o.putArray("evidence");
    for (Evidence ev : f.evidence()) {
      evidence.addObject().put("label", ev.label()).put("value", ev.value());
    }
    o.put("fix", f.fix());
    o.put("link", f.rule().link());
    return o;
  }
}
