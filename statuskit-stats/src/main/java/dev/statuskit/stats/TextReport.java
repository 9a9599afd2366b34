package dev.statuskit.stats;

import dev.statuskit.registry.StatusClass;
import dev.statuskit.text.Ansi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** The terminal report: aligned tables, bars, and sparklines of the timeline. */
final class TextReport {
  private static final String SPARKS = "▁▂▃▄▅▆▇█";
  private static final int ENDPOINT_ROWS = 15;

  private final StatsReport r;
  private final Ansi ansi;
  private final int width;
  private final StringBuilder out = new StringBuilder();

  TextReport(StatsReport report, boolean color, int width) {
    this.r = report;
    this.ansi = Ansi.of(color);
    this.width = Math.max(60, width);
  }

  String render() {
    header();
    summary();
    classes();
    codes();
    timeline();
    spikes();
    endpoints();
    top("Top endpoints by 5xx", r.top5xx(), StatusClass.SERVER_ERROR);
    top("Top endpoints by 4xx", r.top4xx(), StatusClass.CLIENT_ERROR);
    clients();
    badLines();
    return out.toString();
  }

  private void header() {
    line(bold("statuskit stats"));
    for (StatsReport.Input in : r.inputs()) {
      line(
          "  "
              + in.name()
              + dim(
                  " · "
                      + (in.format().isEmpty() ? "empty" : in.format())
                      + " · "
                      + Numbers.count(in.lines())
                      + " lines"));
    }
    String span =
        r.from().isPresent()
            ? Numbers.dateTime(r.from().get())
                + " → "
                + Numbers.dateTime(r.to().get())
                + " UTC ("
                + Numbers.span(Duration.between(r.from().get(), r.to().get()))
                + ")"
            : "no timestamps";
    line(
        "  "
            + Numbers.count(r.requests())
            + " requests · "
            + span
            + (r.badLineCount() > 0
                ? " · " + paint(Numbers.count(r.badLineCount()) + " bad lines", "33")
                : ""));
    out.append('\n');
  }

  private void summary() {
    if (r.requests() == 0) {
      line("  No requests.");
      out.append('\n');
      return;
    }
    StringBuilder s = new StringBuilder("  ");
    s.append(bold("Success " + Numbers.percent(r.successRate())));
    s.append("   ").append(paint("4xx " + Numbers.percent(share(StatusClass.CLIENT_ERROR)), "33"));
    s.append("   ").append(paint("5xx " + Numbers.percent(share(StatusClass.SERVER_ERROR)), "31"));
    r.latency()
        .ifPresent(
            l ->
                s.append("   p50 ")
                    .append(Numbers.millis(l.p50()))
                    .append("  p90 ")
                    .append(Numbers.millis(l.p90()))
                    .append("  p99 ")
                    .append(Numbers.millis(l.p99()))
                    .append("  max ")
                    .append(Numbers.millis(l.max())));
    line(s.toString());
    out.append('\n');
  }

  private double share(StatusClass c) {
    return r.requests() == 0 ? 0 : (double) r.count(c) / r.requests();
  }

  private void classes() {
    if (r.requests() == 0) {
      return;
    }
    line(bold("Status classes"));
    int bar = Math.max(10, width - 40);
    for (StatsReport.ClassCount c : r.classes()) {
      if (c.count() == 0) {
        continue;
      }
      String label = c.statusClass().label() + " " + c.statusClass().title();
      int filled = (int) Math.round(c.share() * bar);
      line(
          "  "
              + paint(pad(label, 17), classColor(c.statusClass()))
              + left(Numbers.count(c.count()), 11)
              + left(Numbers.percent(c.share()), 8)
              + "  "
              + paint("█".repeat(Math.max(filled, 1)), classColor(c.statusClass())));
    }
    out.append('\n');
  }

  private void codes() {
    if (r.codes().isEmpty()) {
      return;
    }
    boolean latency = r.hasLatency();
    int nameWidth = Math.max(16, Math.min(32, width - (latency ? 60 : 24)));
    String head = "  " + pad("Status codes", nameWidth + 4) + left("count", 9) + left("share", 7);
    if (latency) {
      head += left("p50", 9) + left("p90", 9) + left("p99", 9) + left("max", 9);
    }
    line(bold(head));
    for (StatsReport.CodeCount c : r.codes()) {
      String row =
          "  "
              + paint(String.valueOf(c.code()), classColor(c.statusClass()))
              + " "
              + pad(cut(c.name(), nameWidth), nameWidth)
              + left(Numbers.count(c.count()), 9)
              + left(Numbers.percent(c.share()), 7);
      if (latency) {
        row += latencyCells(c.latency());
      }
      line(row);
    }
    out.append('\n');
  }

  private String latencyCells(Optional<StatsReport.Latency> latency) {
    if (latency.isEmpty()) {
      return left("-", 9) + left("-", 9) + left("-", 9) + left("-", 9);
    }
    StatsReport.Latency l = latency.get();
    return left(Numbers.millis(l.p50()), 9)
        + left(Numbers.millis(l.p90()), 9)
        + left(Numbers.millis(l.p99()), 9)
        + left(Numbers.millis(l.max()), 9);
  }

  private void timeline() {
    List<StatsReport.Bucket> buckets = r.timeline().buckets();
    if (buckets.isEmpty()) {
      return;
    }
    int columns = Math.max(10, width - 10);
    int group = (buckets.size() + columns - 1) / columns;
    Duration shown = r.timeline().bucket().multipliedBy(group);
    line(
        bold("Timeline")
            + dim(
                " (each mark "
                    + Numbers.span(shown)
                    + ", "
                    + Numbers.time(buckets.get(0).start())
                    + " → "
                    + Numbers.time(
                        buckets.get(buckets.size() - 1).start().plus(r.timeline().bucket()))
                    + " UTC)"));
    spark("all", buckets, group, StatsReport.Bucket::total, "0");
    spark("4xx", buckets, group, StatsReport.Bucket::clientError, "33");
    spark("5xx", buckets, group, StatsReport.Bucket::serverError, "31");
    if (buckets.stream().anyMatch(b -> b.tooManyRequests() > 0)) {
      spark("429", buckets, group, StatsReport.Bucket::tooManyRequests, "35");
    }
    out.append('\n');
  }

  /** One sparkline row, scaled to its own maximum; a blank is a bucket with none. */
  private void spark(
      String label,
      List<StatsReport.Bucket> buckets,
      int group,
      ToLongFunction<StatsReport.Bucket> value,
      String colour) {
    List<Long> sums = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i += group) {
      long sum = 0;
      for (int j = i; j < Math.min(buckets.size(), i + group); j++) {
        sum += value.applyAsLong(buckets.get(j));
      }
      sums.add(sum);
    }
    long max = sums.stream().mapToLong(Long::longValue).max().orElse(0);
    StringBuilder s = new StringBuilder();
    for (long v : sums) {
      if (v == 0) {
        s.append(' ');
      } else {
        int level = (int) Math.ceil(v * 8.0 / max) - 1;
        s.append(SPARKS.charAt(Math.max(0, Math.min(7, level))));
      }
    }
    line(
        "  "
            + pad(label, 4)
            + paint(s.toString(), colour.equals("0") ? null : colour)
            + dim(" max " + Numbers.count(max)));
  }

  private void spikes() {
    if (r.spikes().isEmpty()) {
      return;
    }
    line(bold("Spikes"));
    for (StatsReport.Spike s : r.spikes()) {
      line(
          "  "
              + Numbers.time(s.start())
              + "–"
              + Numbers.time(s.end())
              + " UTC  "
              + paint(
                  s.kind() + " " + Numbers.percent(s.rate()), s.kind().equals("429") ? "35" : "31")
              + " ("
              + Numbers.count(s.count())
              + " of "
              + Numbers.count(s.requests())
              + " requests; usual "
              + Numbers.percent(s.baseline())
              + ")");
    }
    out.append('\n');
  }

  private void endpoints() {
    if (r.endpoints().isEmpty()) {
      return;
    }
    boolean latency = r.hasLatency();
    int nameWidth = Math.max(20, width - (latency ? 43 : 27));
    String head =
        "  " + pad("Endpoints", nameWidth) + left("requests", 10) + left("4xx", 7) + left("5xx", 7);
    if (latency) {
      head += left("p50", 8) + left("p99", 8);
    }
    line(bold(head));
    List<StatsReport.EndpointCount> rows = r.endpoints();
    for (int i = 0; i < Math.min(ENDPOINT_ROWS, rows.size()); i++) {
      StatsReport.EndpointCount e = rows.get(i);
      String row =
          "  "
              + pad(cut(e.endpoint(), nameWidth - 1), nameWidth)
              + left(Numbers.count(e.requests()), 10)
              + left(rate(e, StatusClass.CLIENT_ERROR, "33"), 7)
              + left(rate(e, StatusClass.SERVER_ERROR, "31"), 7);
      if (latency) {
        row +=
            e.latency()
                .map(l -> left(Numbers.millis(l.p50()), 8) + left(Numbers.millis(l.p99()), 8))
                .orElse(left("-", 8) + left("-", 8));
      }
      line(row);
    }
    if (rows.size() > ENDPOINT_ROWS) {
      line(dim("  … " + (rows.size() - ENDPOINT_ROWS) + " more (--format json lists them all)"));
    }
    out.append('\n');
  }

  /** A rate cell, coloured when not zero; padded by its visible width. */
  private String rate(StatsReport.EndpointCount e, StatusClass c, String colour) {
    double rate = e.rate(c);
    String text = Numbers.percent(rate);
    return rate == 0 ? text : paint(text, colour);
  }

  private void top(String title, List<StatsReport.EndpointCount> rows, StatusClass c) {
    if (rows.isEmpty()) {
      return;
    }
    line(bold(title));
    int nameWidth = Math.max(20, width - 40);
    for (StatsReport.EndpointCount e : rows) {
      line(
          "  "
              + pad(cut(e.endpoint(), nameWidth - 1), nameWidth)
              + left(Numbers.count(e.count(c)), 9)
              + " "
              + paint(c.label(), classColor(c))
              + dim("  " + Numbers.percent(e.rate(c)) + " of " + Numbers.count(e.requests())));
    }
    out.append('\n');
  }

  private void clients() {
    if (r.clients429().isEmpty()) {
      return;
    }
    line(bold("429 Too Many Requests by client"));
    for (StatsReport.ClientCount c : r.clients429()) {
      line("  " + pad(cut(c.client(), 40), 41) + left(Numbers.count(c.count()), 9));
    }
    out.append('\n');
  }

  private void badLines() {
    if (r.badLines().isEmpty()) {
      return;
    }
    line(bold("Bad lines") + dim(" (not counted as requests)"));
    for (StatsReport.BadLineCount b : r.badLines()) {
      line("  " + paint(left(Numbers.count(b.count()), 9), "33") + "  " + b.reason());
      for (String s : b.samples()) {
        line(dim("             " + cut(s, width - 13)));
      }
    }
    out.append('\n');
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private static String classColor(StatusClass c) {
    return Ansi.statusClassParameters(c);
  }

  private String paint(String s, String code) {
    return code == null ? s : ansi.sgr(code, s);
  }

  private String bold(String s) {
    return paint(s, "1");
  }

  private String dim(String s) {
    return paint(s, "2");
  }

  /** Pads on the right to a visible width (colour codes do not count). */
  private static String pad(String s, int n) {
    int visible = visible(s);
    return visible >= n ? s : s + " ".repeat(n - visible);
  }

  /** Pads on the left to a visible width. */
  private static String left(String s, int n) {
    int visible = visible(s);
    return visible >= n ? " " + s : " ".repeat(n - visible) + s;
  }

  private static int visible(String s) {
    return Ansi.width(s);
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, Math.max(0, n - 1)) + "…";
  }
}
