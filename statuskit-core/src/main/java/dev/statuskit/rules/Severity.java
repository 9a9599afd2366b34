package dev.statuskit.rules;

import dev.statuskit.registry.Strength;
import java.util.Locale;
import java.util.Optional;

/** How bad a finding is, highest first. */
public enum Severity {
  /** Breaks a MUST of the specification, or misleads every client. */
  ERROR,
  /** Breaks a SHOULD, or a practice most clients rely on. */
  WARNING,
  /** Worth knowing; often intentional. */
  INFO;

  /** Whether this is as severe as the threshold or more. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** The severity a missing header deserves, given how strongly the spec asks for it. */
  public static Severity forMissing(Strength strength) {
    return switch (strength) {
      case MUST -> ERROR;
      case SHOULD, PRACTICE -> WARNING;
      case MAY -> INFO;
    };
  }

  public static Optional<Severity> parse(String text) {
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
