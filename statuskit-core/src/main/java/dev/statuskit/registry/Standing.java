package dev.statuskit.registry;

/** Where a code stands with respect to the IANA HTTP Status Code Registry. */
public enum Standing {
  /** Registered and current. */
  STANDARD("registered"),
  /** A temporary (provisional) IANA registration, for a specification still in progress. */
  PROVISIONAL("provisional registration"),
  /** Registered, but its defining specification discourages or has dropped its use. */
  DEPRECATED("registered, deprecated"),
  /** Marked obsolete in the registry. */
  OBSOLETE("registered, obsolete"),
  /** Reserved as "(Unused)": once used, must not be assigned again. */
  UNUSED("reserved, unused"),
  /** Not in the registry; seen in the wild, from a named vendor or product. */
  UNOFFICIAL("unofficial"),
  /** Not assigned to anything; only its class carries meaning. */
  UNASSIGNED("unassigned");

  private final String label;

  Standing(String label) {
    this.label = label;
  }

  /** Whether the code has an entry in the IANA registry. */
  public boolean isRegistered() {
    return this != UNOFFICIAL && this != UNASSIGNED;
  }

  public String label() {
    return label;
  }
}
