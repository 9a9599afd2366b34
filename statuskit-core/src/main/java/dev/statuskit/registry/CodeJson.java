package dev.statuskit.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Locale;

/**
 * Registry entries as JSON: the one shape {@code statuskit explain --format json}, {@code search},
 * {@code list} and the web UI's API print (the README documents it), so a script written against
 * one reads the others.
 */
public final class CodeJson {
  private CodeJson() {}

  /** Everything the registry holds about one code. */
  public static ObjectNode full(StatusCode c) {
    ObjectNode o = brief(c);
    o.put("description", c.description());
    strings(o.putArray("aka"), c.aka());
    strings(o.putArray("uses"), c.uses());
    strings(o.putArray("mistakes"), c.mistakes());
    ArrayNode related = o.putArray("related");
    for (int r : c.related()) {
      related.addObject().put("code", r).put("phrase", StatusCodes.of(r).phrase());
    }
    strings(o.putArray("synonyms"), c.synonyms());
    o.put("bodyAllowed", c.bodyAllowed());
    o.put("cacheableByDefault", c.cacheable());
    o.putObject("retry")
        .put("advice", lower(c.retry().advice().name()))
        .put("note", c.retry().note());
    ArrayNode headers = o.putArray("headers");
    for (HeaderRequirement h : c.headers()) {
      headers
          .addObject()
          .put("name", h.name())
          .put("strength", h.strength().name())
          .put("source", h.source())
          .put("note", h.note());
    }
    return o;
  }

  /** The fields a listing needs. */
  public static ObjectNode brief(StatusCode c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("code", c.code());
    o.put("phrase", c.phrase());
    o.put("class", c.statusClass().label());
    o.put("standing", lower(c.standing().name()));
    o.put("registered", c.isRegistered());
    c.origin().ifPresent(origin -> o.put("origin", origin));
    ObjectNode ref = o.putObject("reference");
    ref.put("document", c.reference().document());
    c.reference().section().ifPresent(s -> ref.put("section", s));
    ref.put("url", c.reference().url());
    o.put("summary", c.summary());
    return o;
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
