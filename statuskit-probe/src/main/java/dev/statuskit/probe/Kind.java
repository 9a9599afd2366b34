package dev.statuskit.probe;

/** The requests the prober sends for an endpoint, named as they appear in exchange sources. */
enum Kind {
  /** The plain GET with the user's headers, which every probe is compared with. */
  BASELINE("baseline"),
  OPTIONS("options"),
  HEAD("head"),
  CONDITIONAL("conditional"),
  NO_CREDENTIALS("no-credentials"),
  WRONG_METHOD("wrong-method"),
  UNKNOWN_ID("unknown-id"),
  MALFORMED_JSON("malformed-json"),
  WRONG_CONTENT_TYPE("wrong-content-type"),
  /** A request planned from an OpenAPI spec (valid, or a negative variant). */
  SPEC("openapi");

  private final String label;

  Kind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
