package dev.statuskit.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.exchange.Part;

/**
 * A rule as JSON: the one shape {@code statuskit rules --format json}, {@code explain SKnnn} and
 * the web UI's API print.
 */
public final class RuleJson {
  private RuleJson() {}

  /**
   * The rule's id, title, default severity, category, rationale, fix, link, needs, what it applies
   * to, and its examples ({@code caption}, {@code flagged}, {@code text}).
   */
  public static ObjectNode of(Rule r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", r.id());
    o.put("title", r.title());
    o.put("severity", r.severity().label());
    o.put("category", r.category().label());
    o.put("rationale", r.rationale());
    o.put("fix", r.fix());
    o.put("link", r.link());
    ArrayNode needs = o.putArray("needs");
    r.needs().stream().map(Part::id).sorted().forEach(needs::add);
    o.put("appliesTo", appliesTo(r.category()));
    ArrayNode examples = o.putArray("examples");
    for (Example e : r.examples()) {
      examples
          .addObject()
          .put("caption", e.caption())
          .put("flagged", e.flagged())
          .put("text", e.text());
    }
    return o;
  }

  /** What a rule judges: any exchange, a live audit's probes, or an OpenAPI spec (and its API). */
  static String appliesTo(Category category) {
    return switch (category) {
      case PROBE -> "probes";
      case OPENAPI -> "openapi";
      default -> "exchanges";
    };
  }
}
