package dev.statuskit.registry;

/** How strongly a specification asks for a header (RFC 2119 words), or practice for one. */
public enum Strength {
  MUST,
  SHOULD,
  MAY,
  /** Not required by the specification, but expected by common API practice. */
  PRACTICE;

  /** Whether a response lacking the header breaks the specification (not only practice). */
  public boolean isRequired() {
    return this == MUST;
  }
}
