package dev.statuskit.report;

import dev.statuskit.rules.Severity;

/** ANSI SGR styling for the text report, or none at all when colour is off. */
final class Ansi {
  private static final String RESET = "\u001b[0m";

  private final boolean on;

  Ansi(boolean on) {
    this.on = on;
  }

  String bold(String s) {
    return style("1", s);
  }

  String dim(String s) {
    return style("2", s);
  }

  String green(String s) {
    return style("1;32", s);
  }

  /** Red for errors, yellow for warnings, cyan for info. */
  String severity(Severity severity, String s) {
    return switch (severity) {
      case ERROR -> style("1;31", s);
      case WARNING -> style("1;33", s);
      case INFO -> style("1;36", s);
    };
  }

  private String style(String code, String s) {
    return on && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
