package dev.statuskit.report;

import java.util.Objects;

/**
 * How to render a report.
 *
 * @param color whether the text report may use ANSI colours; never used by the other formats
 * @param width the column at which the text report wraps, at least {@value #MIN_WIDTH}
 * @param toolVersion the statuskit version named in the report (JSON, SARIF, JUnit)
 */
public record ReportOptions(boolean color, int width, String toolVersion) {

  /** Narrower than this, evidence columns no longer fit. */
  public static final int MIN_WIDTH = 40;

  /** The width when nothing better is known: the classic terminal. */
  public static final int DEFAULT_WIDTH = 80;

  public ReportOptions {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ", not " + width);
    }
    Objects.requireNonNull(toolVersion, "toolVersion");
    if (toolVersion.isBlank()) {
      throw new IllegalArgumentException("toolVersion is blank");
    }
  }

  /**
   * No colour, {@value #DEFAULT_WIDTH} columns, and the version of this jar (or "dev" when run from
   * classes, as in tests).
   */
  public static ReportOptions defaults() {
    String version = ReportOptions.class.getPackage().getImplementationVersion();
    return new ReportOptions(false, DEFAULT_WIDTH, version == null ? "dev" : version);
  }

  public ReportOptions withColor(boolean color) {
    return new ReportOptions(color, width, toolVersion);
  }

  public ReportOptions withWidth(int width) {
    return new ReportOptions(color, width, toolVersion);
  }

  public ReportOptions withToolVersion(String toolVersion) {
    return new ReportOptions(color, width, toolVersion);
  }
}
