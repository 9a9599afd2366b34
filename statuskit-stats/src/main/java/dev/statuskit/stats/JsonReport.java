package dev.statuskit.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.registry.StatusClass;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON report, schema {@value #SCHEMA}: members in a fixed order, documented in the module's
 * README. Shares and rates are fractions; latencies are milliseconds; times are ISO 8601 UTC.
 */
final class JsonReport {
  private JsonReport() {}

  static final String SCHEMA = "statuskit-stats/1";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static String render(StatsReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    ArrayNode inputs = root.putArray("inputs");
    for (StatsReport.Input in : r.inputs()) {
      inputs.addObject().put("name", in.name()).put("format", in.format()).put("lines", in.lines());
    }
    root.put("lines", r.lines());
    root.put("requests", r.requests());
    root.put("badLineCount", r.badLineCount());
    root.put("undated", r.undated());
    time(root, "from", r.from());
    time(root, "to", r.to());
    root.put("successRate", r.successRate());
    ArrayNode classes = root.putArray("classes");
    for (StatsReport.ClassCount c : r.classes()) {
      ObjectNode o = classes.addObject();
      o.put("class", c.statusClass().label());
      o.put("title", c.statusClass().title());
      o.put("count", c.count());
      o.put("share", c.share());
      latency(o, c.latency());
    }
    ArrayNode codes = root.putArray("codes");
    for (StatsReport.CodeCount c : r.codes()) {
      ObjectNode o = codes.addObject();
      o.put("code", c.code());
      o.put("name", c.name());
      o.put("class", c.statusClass().label());
      o.put("count", c.count());
      o.put("share", c.share());
      latency(o, c.latency());
    }
    latency(root, r.latency());
    ArrayNode endpoints = root.putArray("endpoints");
    for (StatsReport.EndpointCount e : r.endpoints()) {
      ObjectNode o = endpoints.addObject();
      o.put("endpoint", e.endpoint());
      o.put("requests", e.requests());
      o.put("rate4xx", e.rate(StatusClass.CLIENT_ERROR));
      o.put("rate5xx", e.rate(StatusClass.SERVER_ERROR));
      ObjectNode byCode = o.putObject("codes");
      for (Map.Entry<Integer, Long> c : e.codes().entrySet()) {
        byCode.put(String.valueOf(c.getKey()), c.getValue());
      }
      latency(o, e.latency());
    }
    top(root.putArray("top5xx"), r.top5xx(), StatusClass.SERVER_ERROR);
    top(root.putArray("top4xx"), r.top4xx(), StatusClass.CLIENT_ERROR);
    ArrayNode clients = root.putArray("clients429");
    for (StatsReport.ClientCount c : r.clients429()) {
      clients.addObject().put("client", c.client()).put("count", c.count());
    }
    ObjectNode timeline = root.putObject("timeline");
    timeline.put("bucketSeconds", r.timeline().bucket().getSeconds());
    ArrayNode buckets = timeline.putArray("buckets");
    for (StatsReport.Bucket b : r.timeline().buckets()) {
      ObjectNode o = buckets.addObject();
      o.put("start", b.start().toString());
      o.put("total", b.total());
      for (StatusClass c : StatusClass.values()) {
        o.put(c.label(), b.count(c));
      }
      o.put("429", b.tooManyRequests());
    }
    ArrayNode spikes = root.putArray("spikes");
    for (StatsReport.Spike s : r.spikes()) {
      spikes
          .addObject()
          .put("kind", s.kind())
          .put("start", s.start().toString())
          .put("end", s.end().toString())
          .put("count", s.count())
          .put("requests", s.requests())
          .put("rate", s.rate())
          .put("baseline", s.baseline());
    }
    ArrayNode bad = root.putArray("badLines");
    for (StatsReport.BadLineCount b : r.badLines()) {
      ObjectNode o = bad.addObject().put("reason", b.reason()).put("count", b.count());
      ArrayNode samples = o.putArray("samples");
      b.samples().forEach(samples::add);
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  private static void top(
      ArrayNode array, Iterable<StatsReport.EndpointCount> rows, StatusClass c) {
    for (StatsReport.EndpointCount e : rows) {
      array
          .addObject()
          .put("endpoint", e.endpoint())
          .put("count", e.count(c))
          .put("requests", e.requests())
          .put("rate", e.rate(c));
    }
  }

  private static void time(ObjectNode o, String name, Optional<Instant> t) {
    if (t.isPresent()) {
      o.put(name, t.get().toString());
    } else {
      o.putNull(name);
    }
  }

  private static void latency(ObjectNode o, Optional<StatsReport.Latency> latency) {
    if (latency.isEmpty()) {
      o.putNull("latency");
      return;
    }
    StatsReport.Latency l = latency.get();
    o.putObject("latency")
        .put("count", l.count())
        .put("p50", l.p50())
        .put("p90", l.p90())
        .put("p95", l.p95())
        .put("p99", l.p99())
        .put("p999", l.p999())
        .put("max", l.max())
        .put("mean", l.mean());
  }
}
