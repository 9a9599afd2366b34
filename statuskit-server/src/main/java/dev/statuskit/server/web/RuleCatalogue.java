package dev.statuskit.server.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.probe.AllRules;
import dev.statuskit.rules.RuleJson;
import dev.statuskit.rules.RuleSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Every rule statuskit has, for the rules pages: the passive catalogue, the prober's expectations
 * and the OpenAPI rules, each in the JSON shape of {@code statuskit rules --format json}.
 */
final class RuleCatalogue {
  private final RuleSet all;

  RuleCatalogue() {
    this.all = AllRules.set();
  }

  ArrayNode list() {
    ArrayNode array = Json.MAPPER.createArrayNode();
    all.rules().forEach(r -> array.add(RuleJson.of(r)));
    return array;
  }

  /** A rule by id, ignoring case: {@code sk101} finds SK101. */
  Optional<ObjectNode> find(String id) {
    return all.find(id.toUpperCase(Locale.ROOT)).map(RuleJson::of);
  }
}
