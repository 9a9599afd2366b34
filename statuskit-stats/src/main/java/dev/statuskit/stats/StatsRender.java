package dev.statuskit.stats;

/**
 * Renders a {@link StatsReport}: for a terminal, as JSON (schema {@code statuskit-stats/1},
 * documented in the module's README), or as one self-contained HTML file with charts.
 */
public final class StatsRender {
  private StatsRender() {}

  /**
   * The terminal report: a summary line, aligned tables of classes, codes (with latency percentiles
   * when the logs have request times), endpoints, top endpoints by 5xx and 4xx, 429s by client, a
   * sparkline timeline ({@code ▁▂▃▄▅▆▇█}), spikes, and bad lines with samples.
   *
   * @param color ANSI colours by status class
   * @param width the terminal's width in columns (at least 60 is used)
   */
  public static String text(StatsReport report, boolean color, int width) {
    return new TextReport(report, color, width).render();
  }

  /** The JSON report, indented, with a trailing newline. */
  public static String json(StatsReport report) {
    return JsonReport.render(report);
  }

  /**
   * The HTML report: one file with inline CSS, SVG charts (distribution by class and code, latency
   * percentiles by status, timeline with spikes) and a little inline script; it loads nothing from
   * anywhere.
   */
  public static String html(StatsReport report) {
    return new HtmlReport(report).render();
  }
}
