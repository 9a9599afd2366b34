package dev.statuskit.rules;

import java.util.List;
import java.util.Optional;

/**
 * What a check returns: the problem in one sentence, the evidence, and optionally a fix more
 * specific than the rule's general one. The engine turns it into a {@link Finding}.
 */
public record Problem(String message, List<Evidence> evidence, Optional<String> fix) {

  public Problem {
    evidence = List.copyOf(evidence);
  }

  public static Problem of(String message, Evidence... evidence) {
    return new Problem(message, List.of(evidence), Optional.empty());
  }

  /** The same problem with a fix specific to this case. */
  public Problem withFix(String specificFix) {
    return new Problem(message, evidence, Optional.of(specificFix));
  }
}
