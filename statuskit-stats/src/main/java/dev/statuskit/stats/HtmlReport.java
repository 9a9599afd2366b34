package dev.statuskit.stats;

import dev.statuskit.registry.StatusClass;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report: one self-contained file (inline CSS, charts as inline SVG drawn here, a few
 * lines of inline script to sort tables), no external resource, so it opens offline and can be
 * attached to a CI run. Three charts: the distribution by class and code, latency percentiles by
 * status, and the timeline by class with spikes shaded.
 */
final class HtmlReport {
  private static final int CHART_WIDTH = 960;
  private static final int MAX_COLUMNS = 480;

  private final StatsReport r;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  HtmlReport(StatsReport report) {
    this.r = report;
  }

  String render() {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>statuskit stats");
    if (!r.inputs().isEmpty()) {
      out.append(" — ").append(esc(r.inputs().get(0).name()));
    }
    out.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header();
    cards();
    distribution();
    latency();
    timeline();
    endpoints();
    tops();
    clients();
    badLines();
    out.append("<footer>Made by statuskit stats. Shares are of all requests; latencies are")
        .append(" request times (p50/p90/p99 within 1%).</footer>\n");
    out.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header() {
    out.append("<header><h1>statuskit stats</h1><p>");
    for (StatsReport.Input in : r.inputs()) {
      out.append("<span class=\"input\">")
          .append(esc(in.name()))
          .append(" <small>")
          .append(esc(in.format()))
          .append(", ")
          .append(Numbers.count(in.lines()))
          .append(" lines</small></span> ");
    }
    out.append("</p><p>").append(Numbers.count(r.requests())).append(" requests");
    if (r.from().isPresent()) {
      out.append(", ")
          .append(Numbers.dateTime(r.from().get()))
          .append(" → ")
          .append(Numbers.dateTime(r.to().get()))
          .append(" UTC (")
          .append(Numbers.span(Duration.between(r.from().get(), r.to().get())))
          .append(")");
    }
    out.append("</p></header>\n");
  }

  private void cards() {
    out.append("<section class=\"cards\">");
    card("Success", Numbers.percent(r.successRate()), "1xx–3xx", "ok");
    card(
        "4xx",
        Numbers.percent(r.share(StatusClass.CLIENT_ERROR)),
        Numbers.count(r.count(StatusClass.CLIENT_ERROR)),
        "c4");
    card(
        "5xx",
        Numbers.percent(r.share(StatusClass.SERVER_ERROR)),
        Numbers.count(r.count(StatusClass.SERVER_ERROR)),
        "c5");
    card("429", Numbers.count(r.count(429)), "Too Many Requests", "c429");
    r.latency()
        .ifPresent(
            l -> {
              card("p50", Numbers.millis(l.p50()), "median request time", "");
              card("p99", Numbers.millis(l.p99()), "max " + Numbers.millis(l.max()), "");
            });
    card(
        "Bad lines",
        Numbers.count(r.badLineCount()),
        "not counted",
        r.badLineCount() > 0 ? "c4" : "");
    out.append("</section>\n");
  }

  private void card(String title, String value, String note, String cls) {
    out.append("<div class=\"card ")
        .append(cls)
        .append("\"><div class=\"t\">")
        .append(esc(title))
        .append("</div><div class=\"v\">")
        .append(esc(value))
        .append("</div><div class=\"n\">")
        .append(esc(note))
        .append("</div></div>");
  }

  /** Horizontal bars: each class, then each code under it, scaled to the largest code. */
  private void distribution() {
    out.append("<section><h2>Distribution by class and code</h2>\n");
    List<StatsReport.CodeCount> codes = r.codes();
    int rowHeight = 22;
    int labelWidth = 260;
    int barSpace = CHART_WIDTH - labelWidth - 150;
    int height = 30 + codes.size() * rowHeight + 10;
    svgOpen("chart-distribution", height, "Requests by status class and code");
    // The class strip: one stacked bar of the five classes.
    double x = labelWidth;
    for (StatsReport.ClassCount c : r.classes()) {
      if (c.count() == 0) {
        continue;
      }
      double w = c.share() * (barSpace + 140);
      out.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"%s\" x=\"%.1f\" y=\"4\" width=\"%.1f\" height=\"16\"><title>%s %s: %s"
                  + " (%s)</title></rect>",
              cls(c.statusClass()),
              x,
              Math.max(w, 0.5),
              c.statusClass().label(),
              esc(c.statusClass().title()),
              Numbers.count(c.count()),
              Numbers.percent(c.share())));
      x += w;
    }
    text(labelWidth - 8, 16, "end", "all classes");
    long max = codes.stream().mapToLong(StatsReport.CodeCount::count).max().orElse(1);
    int y = 30;
    for (StatsReport.CodeCount c : codes) {
      double w = (double) c.count() / max * barSpace;
      text(labelWidth - 8, y + 15, "end", c.code() + " " + c.name());
      out.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\"><title>%d %s: %s"
                  + " (%s)</title></rect>",
              cls(c.statusClass()),
              labelWidth,
              y + 3,
              Math.max(w, 1.0),
              c.code(),
              esc(c.name()),
              Numbers.count(c.count()),
              Numbers.percent(c.share())));
      text(
          labelWidth + (int) w + 6,
          y + 15,
          "start",
          Numbers.count(c.count()) + " · " + Numbers.percent(c.share()));
      y += rowHeight;
    }
    out.append("</svg>\n</section>\n");
  }

  /** For each status with request times: p50, p90 and p99 as three bars, on one scale. */
  private void latency() {
    out.append("<section><h2>Latency percentiles by status</h2>\n");
    List<StatsReport.CodeCount> codes =
        r.codes().stream().filter(c -> c.latency().isPresent()).toList();
    int group = 42;
    int labelWidth = 260;
    int barSpace = CHART_WIDTH - labelWidth - 110;
    int height = 34 + Math.max(1, codes.size()) * group;
    svgOpen("chart-latency", height, "Request time percentiles by status code");
    legend(labelWidth, 14, new String[] {"p50", "p90", "p99"}, new String[] {"p50", "p90", "p99"});
    if (codes.isEmpty()) {
      text(labelWidth, 50, "start", "The logs record no request times.");
      out.append("</svg>\n</section>\n");
      return;
    }
    double max = codes.stream().mapToDouble(c -> c.latency().get().p99()).max().orElse(1);
    double min = codes.stream().mapToDouble(c -> c.latency().get().p50()).min().orElse(1);
    // One slow status (a 504 after 60 s) would flatten the rest on a linear scale.
    boolean log = max / Math.max(min, 0.01) > 50;
    double floor = Math.max(0.01, min / 2);
    if (log) {
      text(CHART_WIDTH - 10, 14, "end", "logarithmic scale", "small");
    }
    int y = 28;
    for (StatsReport.CodeCount c : codes) {
      StatsReport.Latency l = c.latency().get();
      text(labelWidth - 8, y + 22, "end", c.code() + " " + c.name());
      double[] values = {l.p50(), l.p90(), l.p99()};
      String[] names = {"p50", "p90", "p99"};
      for (int k = 0; k < 3; k++) {
        double w =
            max <= 0
                ? 0
                : log
                    ? Math.log(Math.max(values[k], floor) / floor)
                        / Math.log(max / floor)
                        * barSpace
                    : values[k] / max * barSpace;
        int by = y + 4 + k * 11;
        out.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"10\"><title>%d %s:"
                    + " %s</title></rect>",
                names[k],
                labelWidth,
                by,
                Math.max(w, 1.0),
                c.code(),
                names[k],
                Numbers.millis(values[k])));
        text(labelWidth + (int) w + 5, by + 9, "start", Numbers.millis(values[k]), "small");
      }
      y += group;
    }
    out.append("</svg>\n</section>\n");
  }

  /** Stacked columns of requests per bucket by class; spikes shaded behind. */
  private void timeline() {
    out.append("<section><h2>Timeline</h2>\n");
    List<StatsReport.Bucket> buckets = r.timeline().buckets();
    int height = 260;
    int top = 24;
    int plot = height - top - 30;
    svgOpen("chart-timeline", height, "Requests over time by status class");
    legend(
        60,
        14,
        new String[] {"c2", "c3", "c4", "c5", "c1"},
        new String[] {"2xx", "3xx", "4xx", "5xx", "1xx"});
    if (buckets.isEmpty()) {
      text(60, 60, "start", "No timestamps in the input (HAR, or JSON lines without a time).");
      out.append("</svg>\n</section>\n");
      return;
    }
    int group = (buckets.size() + MAX_COLUMNS - 1) / MAX_COLUMNS;
    int columns = (buckets.size() + group - 1) / group;
    double colWidth = (double) (CHART_WIDTH - 70) / columns;
    long[][] sums = new long[columns][6];
    for (int i = 0; i < buckets.size(); i++) {
      StatsReport.Bucket b = buckets.get(i);
      long[] s = sums[i / group];
      for (StatusClass c : StatusClass.values()) {
        s[c.ordinal()] += b.count(c);
      }
      s[5] += b.tooManyRequests();
    }
    long max = 1;
    for (long[] s : sums) {
      max = Math.max(max, s[0] + s[1] + s[2] + s[3] + s[4]);
    }
    Duration width = r.timeline().bucket();
    Duration colDuration = width.multipliedBy(group);
    for (StatsReport.Spike s : r.spikes()) {
      long from = Duration.between(buckets.get(0).start(), s.start()).getSeconds();
      long to = Duration.between(buckets.get(0).start(), s.end()).getSeconds();
      double x0 = 60 + from / (double) colDuration.getSeconds() * colWidth;
      double x1 = 60 + to / (double) colDuration.getSeconds() * colWidth;
      out.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"spike k%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s"
                  + " spike %s–%s UTC: %s</title></rect>",
              s.kind(),
              x0,
              top,
              Math.max(x1 - x0, 2),
              plot,
              s.kind(),
              Numbers.time(s.start()),
              Numbers.time(s.end()),
              Numbers.percent(s.rate())));
    }
    StatusClass[] order = {
      StatusClass.SUCCESSFUL,
      StatusClass.REDIRECTION,
      StatusClass.INFORMATIONAL,
      StatusClass.CLIENT_ERROR,
      StatusClass.SERVER_ERROR
    };
    for (int i = 0; i < columns; i++) {
      long[] s = sums[i];
      double x = 60 + i * colWidth;
      double base = top + plot;
      StringBuilder tip = new StringBuilder(Numbers.time(buckets.get(i * group).start()));
      out.append("<g><title>");
      for (StatusClass c : order) {
        tip.append(", ").append(c.label()).append(' ').append(s[c.ordinal()]);
      }
      tip.append(", 429 ").append(s[5]);
      out.append(esc(tip.toString())).append("</title>");
      for (StatusClass c : order) {
        long v = s[c.ordinal()];
        if (v == 0) {
          continue;
        }
        double h = (double) v / max * plot;
        base -= h;
        out.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"%s\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"/>",
                cls(c),
                x,
                base,
                Math.max(colWidth - (colWidth > 3 ? 1 : 0), 0.5),
                h));
      }
      out.append("</g>");
    }
    out.append(
        String.format(
            Locale.ROOT,
            "<line class=\"axis\" x1=\"60\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
            top + plot,
            CHART_WIDTH - 10,
            top + plot));
    text(54, top + 10, "end", Numbers.count(max));
    text(54, top + plot, "end", "0");
    text(60, height - 8, "start", Numbers.dateTime(buckets.get(0).start()) + " UTC");
    text(
        CHART_WIDTH - 10,
        height - 8,
        "end",
        Numbers.dateTime(buckets.get(buckets.size() - 1).start().plus(width)) + " UTC");
    text(CHART_WIDTH / 2, height - 8, "middle", "each column " + Numbers.span(colDuration));
    out.append("</svg>\n");
    if (!r.spikes().isEmpty()) {
      out.append("<ul class=\"spikes\">");
      for (StatsReport.Spike s : r.spikes()) {
        out.append("<li><b>")
            .append(esc(s.kind()))
            .append(" spike</b> ")
            .append(Numbers.time(s.start()))
            .append("–")
            .append(Numbers.time(s.end()))
            .append(" UTC: ")
            .append(Numbers.percent(s.rate()))
            .append(" (")
            .append(Numbers.count(s.count()))
            .append(" of ")
            .append(Numbers.count(s.requests()))
            .append("; usual ")
            .append(Numbers.percent(s.baseline()))
            .append(")</li>");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void endpoints() {
    if (r.endpoints().isEmpty()) {
      return;
    }
    boolean latency = r.hasLatency();
    out.append("<section><h2>Endpoints</h2>\n<table class=\"sortable\"><thead><tr>")
        .append("<th>endpoint</th><th class=\"n\">requests</th><th class=\"n\">4xx</th>")
        .append("<th class=\"n\">5xx</th>");
    if (latency) {
      out.append("<th class=\"n\">p50</th><th class=\"n\">p90</th><th class=\"n\">p99</th>");
    }
    out.append("</tr></thead><tbody>\n");
    for (StatsReport.EndpointCount e : r.endpoints()) {
      out.append("<tr><td>")
          .append(esc(e.endpoint()))
          .append("</td>")
          .append(cell(e.requests(), Numbers.count(e.requests())))
          .append(rateCell(e.rate(StatusClass.CLIENT_ERROR), "c4"))
          .append(rateCell(e.rate(StatusClass.SERVER_ERROR), "c5"));
      if (latency) {
        if (e.latency().isPresent()) {
          StatsReport.Latency l = e.latency().get();
          out.append(msCell(l.p50())).append(msCell(l.p90())).append(msCell(l.p99()));
        } else {
          out.append("<td></td><td></td><td></td>");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></section>\n");
  }

  private void tops() {
    if (r.top5xx().isEmpty() && r.top4xx().isEmpty()) {
      return;
    }
    out.append("<section class=\"two\">");
    top("Top endpoints by 5xx", r.top5xx(), StatusClass.SERVER_ERROR);
    top("Top endpoints by 4xx", r.top4xx(), StatusClass.CLIENT_ERROR);
    out.append("</section>\n");
  }

  private void top(String title, List<StatsReport.EndpointCount> rows, StatusClass c) {
    out.append("<div><h2>").append(esc(title)).append("</h2><table><tbody>");
    for (StatsReport.EndpointCount e : rows) {
      out.append("<tr><td>")
          .append(esc(e.endpoint()))
          .append("</td><td class=\"n ")
          .append(cls(c))
          .append("t\">")
          .append(Numbers.count(e.count(c)))
          .append("</td><td class=\"n\">")
          .append(Numbers.percent(e.rate(c)))
          .append(" of ")
          .append(Numbers.count(e.requests()))
          .append("</td></tr>");
    }
    out.append("</tbody></table></div>");
  }

  private void clients() {
    if (r.clients429().isEmpty()) {
      return;
    }
    out.append("<section><h2>429 Too Many Requests by client</h2><table><tbody>");
    for (StatsReport.ClientCount c : r.clients429()) {
      out.append("<tr><td>")
          .append(esc(c.client()))
          .append("</td><td class=\"n\">")
          .append(Numbers.count(c.count()))
          .append("</td></tr>");
    }
    out.append("</tbody></table></section>\n");
  }

  private void badLines() {
    if (r.badLines().isEmpty()) {
      return;
    }
    out.append("<section><h2>Bad lines</h2><table><tbody>");
    for (StatsReport.BadLineCount b : r.badLines()) {
      out.append("<tr><td class=\"n c4t\">")
          .append(Numbers.count(b.count()))
          .append("</td><td>")
          .append(esc(b.reason()));
      for (String s : b.samples()) {
        out.append("<br><code>").append(esc(s)).append("</code>");
      }
      out.append("</td></tr>");
    }
    out.append("</tbody></table></section>\n");
  }

  private String cell(long sortKey, String text) {
    return "<td class=\"n\" data-v=\"" + sortKey + "\">" + esc(text) + "</td>";
  }

  private String rateCell(double rate, String cls) {
    return "<td class=\"n"
        + (rate > 0 ? " " + cls + "t" : "")
        + "\" data-v=\""
        + String.format(Locale.ROOT, "%.6f", rate)
        + "\">"
        + Numbers.percent(rate)
        + "</td>";
  }

  private String msCell(double ms) {
    return "<td class=\"n\" data-v=\""
        + String.format(Locale.ROOT, "%.3f", ms)
        + "\">"
        + Numbers.millis(ms)
        + "</td>";
  }

  private void svgOpen(String id, int height, String label) {
    out.append("<svg id=\"")
        .append(id)
        .append("\" class=\"chart\" viewBox=\"0 0 ")
        .append(CHART_WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(esc(label))
        .append("\">");
  }

  private void legend(int x, int y, String[] classes, String[] labels) {
    for (int i = 0; i < classes.length; i++) {
      int lx = x + i * 70;
      out.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"10\" height=\"10\"/>",
              classes[i],
              lx,
              y - 9));
      text(lx + 14, y, "start", labels[i], "small");
    }
  }

  private void text(int x, int y, String anchor, String s) {
    text(x, y, anchor, s, null);
  }

  private void text(int x, int y, String anchor, String s, String cls) {
    out.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append('"')
        .append(cls == null ? "" : " class=\"" + cls + "\"")
        .append('>')
        .append(esc(s))
        .append("</text>");
  }

  private static String cls(StatusClass c) {
    return "c" + (c.ordinal() + 1);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS =
      """
      :root { --c1:#5b8def; --c2:#2e9d58; --c3:#19a0b3; --c4:#d9a21b; --c5:#d64545;
        --p50:#8fb7e8; --p90:#4f86c6; --p99:#24497a; --fg:#1d2430; --muted:#687385; --bg:#fff;
        --line:#e3e7ee; }
      @media (prefers-color-scheme: dark) { :root { --fg:#e4e8ef; --muted:#98a2b3; --bg:#141820;
        --line:#2a313d; } }
      body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg);
        background: var(--bg); max-width: 1000px; margin: 2em auto; padding: 0 1em; }
      h1 { font-size: 1.6em; margin: 0 0 .2em; } h2 { font-size: 1.1em; margin: 1.6em 0 .5em; }
      header p { margin: .2em 0; color: var(--muted); } .input { margin-right: 1em; }
      .cards { display: flex; flex-wrap: wrap; gap: .8em; margin-top: 1em; }
      .card { border: 1px solid var(--line); border-radius: 8px; padding: .6em 1em; min-width: 110px; }
      .card .t { color: var(--muted); font-size: .85em; } .card .v { font-size: 1.5em; font-weight: 600; }
      .card .n { color: var(--muted); font-size: .8em; }
      .card.ok .v { color: var(--c2); } .card.c4 .v { color: var(--c4); }
      .card.c5 .v { color: var(--c5); } .card.c429 .v { color: #a347ba; }
      svg.chart { width: 100%; height: auto; display: block; }
      svg text { font-size: 12px; fill: var(--fg); } svg text.small { font-size: 11px; }
      .c1 { fill: var(--c1); } .c2 { fill: var(--c2); } .c3 { fill: var(--c3); }
      .c4 { fill: var(--c4); } .c5 { fill: var(--c5); }
      .p50 { fill: var(--p50); } .p90 { fill: var(--p90); } .p99 { fill: var(--p99); }
      .spike { fill: var(--c5); opacity: .15; } .spike.k429 { fill: #a347ba; } .axis { stroke: var(--muted); stroke-width: 1; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: .25em .5em; border-bottom: 1px solid var(--line); }
      th { cursor: pointer; user-select: none; } td.n, th.n { text-align: right;
        font-variant-numeric: tabular-nums; }
      .c4t { color: var(--c4); } .c5t { color: var(--c5); }
      .two { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5em; }
      code { font-size: .85em; color: var(--muted); word-break: break-all; }
      footer { margin: 3em 0 1em; color: var(--muted); font-size: .85em; }
      """;

  /** Sorts a table by a clicked header: numbers by their data-v, text alphabetically. */
  private static final String SCRIPT =
      """
      document.querySelectorAll("table.sortable th").forEach(function (th, col) {
        th.addEventListener("click", function () {
          var body = th.closest("table").tBodies[0];
          var down = th.dataset.dir !== "down";
          th.dataset.dir = down ? "down" : "up";
          var key = function (tr) {
            var td = tr.cells[col];
            return td.dataset.v !== undefined ? parseFloat(td.dataset.v) : td.textContent;
          };
          Array.from(body.rows)
            .sort(function (a, b) {
              var x = key(a), y = key(b);
              var c = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
              return down ? -c : c;
            })
            .forEach(function (tr) { body.appendChild(tr); });
        });
      });
      """;
}
