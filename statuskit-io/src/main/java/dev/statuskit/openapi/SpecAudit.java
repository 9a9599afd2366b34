package dev.statuskit.openapi;

import dev.statuskit.rules.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of linting one spec.
 *
 * @param file the spec file, as given
 * @param version the document's version: "2.0", "3.0.3", "3.1.0"
 * @param operations operations checked
 * @param ignored operations whose path the configuration ignores, not checked
 * @param findings in order of severity, then rule id, then place in the file
 * @param notes what swagger-parser had to say about the document (unknown fields, missing required
 *     ones): not status-code findings, but not dropped either
 */
public record SpecAudit(
    String file,
    String version,
    int operations,
    int ignored,
    List<SpecFinding> findings,
    List<String> notes) {

  public SpecAudit {
    findings =
        findings.stream()
            .sorted(
                Comparator.comparing(SpecFinding::severity)
                    .thenComparing(f -> f.rule().id())
                    .thenComparingInt(SpecFinding::line))
            .toList();
    notes = List.copyOf(notes);
  }

  /** Findings at this severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The most severe finding's severity, if any. */
  public Optional<Severity> worst() {
    return findings.stream().map(SpecFinding::severity).min(Comparator.naturalOrder());
  }

  /** Whether any finding is at or above the threshold. */
  public boolean failsAt(Severity threshold) {
    return worst().map(w -> w.atLeast(threshold)).orElse(false);
  }
}
