package dev.statuskit.openapi;

import dev.statuskit.input.InputException;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door to linting an OpenAPI document's status codes: does each operation document the
 * codes, headers and error bodies its shape calls for?
 *
 * <pre>{@code
 * SpecAudit audit = OpenApiLint.lint(Path.of("openapi.yaml"));
 * audit.findings().forEach(f ->
 *     System.out.println(audit.file() + ":" + f.line() + " " + f.rule().id() + " " + f.message()));
 * }</pre>
 *
 * <p>Reads Swagger 2.0, OpenAPI 3.0 and 3.1, in JSON or YAML, with $refs into the same file or
 * other local files. Never touches the network.
 */
public final class OpenApiLint {
  private OpenApiLint() {}

  /**
   * Lints a spec with every spec rule at its default severity.
   *
   * @throws InputException when the file cannot be read, is not valid JSON or YAML, is not an
   *     OpenAPI document of a supported version, or has a $ref that leads nowhere or off the local
   *     disk; {@code where} is "file:line" (or "file:line:column" for syntax errors)
   */
  public static SpecAudit lint(Path spec) {
    return lint(spec, Rules.catalogue().plus(rules()));
  }

  /**
   * Lints a spec under a rule set that includes {@link #rules()} and carries the team's
   * configuration: disabled rules do not run, configured severities apply, and operations whose
   * path template the configuration ignores ({@code /internal/**}) are not checked.
   *
   * @throws InputException as {@link #lint(Path)}
   * @throws IllegalArgumentException if the rule set lacks the spec rules
   */
  public static SpecAudit lint(Path spec, RuleSet rules) {
    for (SpecRule r : SpecRules.ALL) {
      if (rules.find(r.rule().id()).isEmpty()) {
        throw new IllegalArgumentException(
            r.rule().id() + " is not in the rule set: add OpenApiLint.rules() to it");
      }
    }
    Spec read = SpecReader.read(spec);
    List<SpecOperation> inScope =
        read.operations().stream().filter(op -> !rules.isIgnored(op.path())).toList();
    List<SpecFinding> findings = new ArrayList<>();
    for (SpecRule r : SpecRules.ALL) {
      Rule rule = rules.find(r.rule().id()).orElseThrow();
      if (!rules.isEnabled(rule)) {
        continue;
      }
      for (SpecIssue issue : r.check().check(inScope)) {
        findings.add(
            new SpecFinding(
                rule,
                rules.severityOf(rule),
                issue.message(),
                issue.pointer(),
                read.line(issue.pointer()),
                issue.fix().orElse(rule.fix()),
                issue.operation()));
      }
    }
    return new SpecAudit(
        read.file(),
        read.version(),
        inScope.size(),
        read.operations().size() - inScope.size(),
        findings,
        read.notes());
  }

  /**
   * The spec rules (SK5xx), for the catalogue, {@code statuskit rules} and {@code explain}. They
   * judge a spec, not an exchange: their per-exchange check finds nothing, and {@link #lint} runs
   * the spec checks.
   */
  public static List<Rule> rules() {
    return SpecRules.ALL.stream().map(SpecRule::rule).toList();
  }
}
