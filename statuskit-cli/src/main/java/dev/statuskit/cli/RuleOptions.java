package dev.statuskit.cli;

import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.Severity;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that runs the rules: which findings fail it, and the config. */
final class RuleOptions {
  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      description = "Exit 1 on findings at or above: error (default), warning, info, or never.")
  String failOn;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Rule configuration (default: .statuskit.yml in the working directory).")
  Path config;

  /** The --fail-on threshold; null for never. */
  Severity threshold() {
    if (failOn.equalsIgnoreCase("never")) {
      return null;
    }
    return Severity.parse(failOn)
        .orElseThrow(
            () ->
                new UserError(
                    "--fail-on takes error, warning, info or never, not '" + failOn + "'"));
  }

  /** The configuration named by --config, else .statuskit.yml here, else none. */
  RuleConfig ruleConfig() {
    if (config != null) {
      return RuleConfig.load(config);
    }
    return RuleConfig.find(Path.of("")).orElse(RuleConfig.none());
  }
}
