package dev.statuskit.openapi;

/** What a planned request tries: the operation as documented, or one way of getting it wrong. */
public enum Variant {
  /** A valid request built from the spec's examples, defaults and schemas. */
  VALID(false),
  /** A required parameter left out. */
  MISSING_PARAMETER(true),
  /** A parameter or body member of the wrong type: text where a number is expected. */
  WRONG_TYPE(true),
  /** A path parameter naming a resource that does not exist. */
  UNKNOWN_ID(true),
  /** A secured operation called without credentials. */
  NO_CREDENTIALS(true);

  private final boolean negative;

  Variant(boolean negative) {
    this.negative = negative;
  }

  /** Whether the request is wrong on purpose, so that a documented 4xx is expected. */
  public boolean isNegative() {
    return negative;
  }
}
