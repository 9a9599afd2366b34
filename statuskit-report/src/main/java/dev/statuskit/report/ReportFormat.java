package dev.statuskit.report;

import java.util.Locale;
import java.util.Optional;

/** The formats an audit can be rendered in. */
public enum ReportFormat {
  /** For a terminal: findings grouped by rule, with the code's meaning, evidence and fix. */
  TEXT("txt"),
  /** A stable JSON document for scripts; its schema is in the module's README. */
  JSON("json"),
  /** SARIF 2.1.0, for code-scanning UIs. */
  SARIF("sarif"),
  /** JUnit XML, one test case per rule, for CI dashboards. */
  JUNIT("xml"),
  /** GitHub-flavoured Markdown for a pull-request comment, kept under GitHub's size limit. */
  MARKDOWN("md");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot: "sarif". */
  public String extension() {
    return extension;
  }

  /**
   * The format named, ignoring case: "sarif", "JUnit", "markdown" or a usual extension ("md",
   * "xml").
   */
  public static Optional<ReportFormat> parse(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.name().equals(n) || f.extension.toUpperCase(Locale.ROOT).equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
