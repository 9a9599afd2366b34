package dev.statuskit.openapi;

import dev.statuskit.input.InputException;
import java.nio.file.Path;

/**
 * Prints the spec lint's findings for each file given, one per line, tab-separated: file, line,
 * rule id, severity, JSON pointer, message. A spec that cannot be read gets one line with rule id
 * "INPUT". Used by bench/openapi-vs-spectral.sh until the CLI lints specs itself.
 */
public final class LintMain {
  private LintMain() {}

  public static void main(String[] args) {
    for (String arg : args) {
      try {
        SpecAudit audit = OpenApiLint.lint(Path.of(arg));
        for (SpecFinding f : audit.findings()) {
          System.out.println(
              String.join(
                  "\t",
                  arg,
                  String.valueOf(f.line()),
                  f.rule().id(),
                  f.severity().label(),
                  f.pointer(),
                  f.message()));
        }
      } catch (InputException e) {
        System.out.println(String.join("\t", arg, "0", "INPUT", "error", "", e.toString()));
      }
    }
  }
}
