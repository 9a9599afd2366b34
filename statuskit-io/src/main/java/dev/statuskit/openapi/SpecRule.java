package dev.statuskit.openapi;

import dev.statuskit.rules.Rule;

/**
 * A rule of the catalogue that judges a spec: the {@link Rule} (id, title, rationale, ...) as the
 * catalogue lists it, and the check the lint runs. The Rule's own per-exchange check finds nothing.
 */
record SpecRule(Rule rule, SpecCheck check) {}
