package dev.statuskit.rules;

import java.util.Locale;

/** The families of the catalogue, each with its own id range. */
public enum Category {
  /** SK1xx: what the HTTP specifications require of a response with this status. */
  PROTOCOL("protocol"),
  /** SK2xx: a status code that says something other than what happened. */
  SEMANTICS("semantics"),
  /** SK3xx: error responses that clients cannot act on, or that leak internals. */
  ERROR_BODY("error body"),
  /** SK4xx: what active probes of a live API reveal. */
  PROBE("probe"),
  /** SK5xx: how an OpenAPI spec documents status codes, and whether a live API keeps to it. */
  OPENAPI("openapi");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The category as machine-readable output names it: "error-body". */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
