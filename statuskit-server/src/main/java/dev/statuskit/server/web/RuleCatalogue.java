package dev.statuskit.server.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.openapi.OpenApiConformance;
import dev.statuskit.openapi.OpenApiLint;
import dev.statuskit.probe.ProbeRules;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every rule statuskit has, for the rules pages: the passive catalogue, the prober's expectations
 * and the OpenAPI rules. A rule's JSON is the shape of {@code statuskit rules --format json}, plus
 * {@code appliesTo}: what the rule judges.
 */
final class RuleCatalogue {
  private final RuleSet all;
  private final Set<String> probe;
  private final Set<String> openapi;

  RuleCatalogue() {
    List<Rule> probeRules = ProbeRules.all();
    List<Rule> specRules =
        java.util.stream.Stream.concat(
                OpenApiLint.rules().stream(), OpenApiConformance.rules().stream())
            .toList();
    this.all = Rules.catalogue().plus(probeRules).plus(specRules);
    this.probe = ids(probeRules);
    this.openapi = ids(specRules);
  }

  ArrayNode list() {
    ArrayNode array = Json.MAPPER.createArrayNode();
    all.rules().forEach(r -> array.add(json(r)));
    return array;
  }

  /** A rule by id, ignoring case: {@code sk101} finds SK101. */
  Optional<ObjectNode> find(String id) {
    return all.find(id.toUpperCase(Locale.ROOT)).map(this::json);
  }

  ObjectNode json(Rule r) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", r.id());
    o.put("title", r.title());
    o.put("severity", r.severity().label());
    o.put("category", r.category().label());
    o.put("rationale", r.rationale());
    o.put("fix", r.fix());
    o.put("link", r.link());
    ArrayNode needs = o.putArray("needs");
    r.needs().stream()
        .map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .sorted()
        .forEach(needs::add);
    o.put("appliesTo", appliesTo(r.id()));
    return o;
  }

  /** exchanges (any source), probes (a live audit's requests), or openapi (a spec document). */
  private String appliesTo(String id) {
    if (openapi.contains(id)) {
      return "openapi";
    }
    return probe.contains(id) ? "probes" : "exchanges";
  }

  private static Set<String> ids(List<Rule> rules) {
    return rules.stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());
  }
}
