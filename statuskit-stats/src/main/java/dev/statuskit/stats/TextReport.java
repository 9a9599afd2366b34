package dev.statuskit.stats;

import dev.statuskit.registry.StatusClass;
import dev.statuskit.text.Ansi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

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
    line(ansi.bold("statuskit stats"));
    for (StatsReport.Input in : r.inputs()) {
      line(
          "  "
              + in.name()
              + ansi.dim(
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
                ? " · " + ansi.yellow(Numbers.count(r.badLineCount()) + " bad lines")
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
    s.append(ansi.bold("Success " + Numbers.percent(r.successRate())));
    s.append("   ")
        .append(
            ansi.statusClass(
                StatusClass.CLIENT_ERROR,
                "4xx " + Numbers.percent(r.share(StatusClass.CLIENT_ERROR))));
    s.append("   ")
        .append(
            ansi.statusClass(
                StatusClass.SERVER_ERROR,
                "5xx " + Numbers.percent(r.share(StatusClass.SERVER_ERROR))));
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

  private void classes() {
    if (r.requests() == 0) {
      return;
    }
    line(ansi.bold("Status classes"));
    int bar = Math.max(10, width - 40);
    for (StatsReport.ClassCount c : r.classes()) {
      if (c.count() == 0) {
        continue;
      }
      String label = c.statusClass().label() + " " + c.statusClass().title();
      int filled = (int) Math.round(c.share() * bar);
      line(
          "  "
              + ansi.statusClass(c.statusClass(), Ansi.pad(label, 17))
              + left(Numbers.count(c.count()), 11)
              + left(Numbers.percent(c.share()), 8)
              + "  "
              + ansi.statusClass(c.statusClass(), "█".repeat(Math.max(filled, 1))));
    }
    out.append('\n');
  }

  private void codes() {
    if (r.codes().isEmpty()) {
      return;
    }
    boolean latency = r.hasLatency();
    int nameWidth = Math.max(16, Math.min(32, width - (latency ? 60 : 24)));
    String head =
        "  " + Ansi.pad("Status codes", nameWidth + 4) + left("count", 9) + left("share", 7);
    if (latency) {
      head += left("p50", 9) + left("p90", 9) + left("p99", 9) + left("max", 9);
    }
    line(ansi.bold(head));
    for (StatsReport.CodeCount c : r.codes()) {
      String row =
          "  "
              + ansi.statusClass(c.statusClass(), String.valueOf(c.code()))
              + " "
              + Ansi.pad(cut(c.name(), nameWidth), nameWidth)
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
        ansi.bold("Timeline")
            + ansi.dim(
                " (each mark "
                    + Numbers.span(shown)
                    + ", "
                    + Numbers.time(buckets.get(0).start())
                    + " → "
                    + Numbers.time(
                        buckets.get(buckets.size() - 1).start().plus(r.timeline().bucket()))
                    + " UTC)"));
    spark("all", buckets, group, StatsReport.Bucket::total, UnaryOperator.identity());
    spark("4xx", buckets, group, StatsReport.Bucket::clientError, ansi::yellow);
    spark("5xx", buckets, group, StatsReport.Bucket::serverError, ansi::red);
    if (buckets.stream().anyMatch(b -> b.tooManyRequests() > 0)) {
      spark("429", buckets, group, StatsReport.Bucket::tooManyRequests, ansi::magenta);
    }
    out.append('\n');
  }

  /** One sparkline row, scaled to its own maximum; a blank is a bucket with none. */
  private void spark(
      String label,
      List<StatsReport.Bucket> buckets,
      int group,
      ToLongFunction<StatsReport.Bucket> value,
      UnaryOperator<String> colour) {
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
            + Ansi.pad(label, 4)
            + colour.apply(s.toString())
            + ansi.dim(" max " + Numbers.count(max)));
  }

  private void spikes() {
    if (r.spikes().isEmpty()) {
      return;
    }
    line(ansi.bold("Spikes"));
    for (StatsReport.Spike s : r.spikes()) {
      String text = s.kind() + " " + Numbers.percent(s.rate());
      line(
          "  "
              + Numbers.time(s.start())
              + "–"
              + Numbers.time(s.end())
              + " UTC  "
              + (s.kind().equals("429") ? ansi.magenta(text) : ansi.red(text))
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
        "  "
            + Ansi.pad("Endpoints", nameWidth)
            + left("requests", 10)
            + left("4xx", 7)
            + left("5xx", 7);
    if (latency) {
      head += left("p50", 8) + left("p99", 8);
    }
    line(ansi.bold(head));
    List<StatsReport.EndpointCount> rows = r.endpoints();
    for (int i = 0; i < Math.min(ENDPOINT_ROWS, rows.size()); i++) {
      StatsReport.EndpointCount e = rows.get(i);
      String row =
          "  "
              + Ansi.pad(cut(e.endpoint(), nameWidth - 1), nameWidth)
              + left(Numbers.count(e.requests()), 10)
              + left(rate(e, StatusClass.CLIENT_ERROR), 7)
              + left(rate(e, StatusClass.SERVER_ERROR), 7);
      if (latency) {
        row +=
            e.latency()
                .map(l -> left(Numbers.millis(l.p50()), 8) + left(Numbers.millis(l.p99()), 8))
                .orElse(left("-", 8) + left("-", 8));
      }
      line(row);
    }
    if (rows.size() > ENDPOINT_ROWS) {
      line(
          ansi.dim(
              "  … " + (rows.size() - ENDPOINT_ROWS) + " more (--format json lists them all)"));
    }
    out.append('\n');
  }

  /** A rate cell, coloured when not zero; padded by its visible width. */
  private String rate(StatsReport.EndpointCount e, StatusClass c) {
    double rate = e.rate(c);
    String text = Numbers.percent(rate);
    return rate == 0 ? text : ansi.statusClass(c, text);
  }

  private void top(String title, List<StatsReport.EndpointCount> rows, StatusClass c) {
    if (rows.isEmpty()) {
      return;
    }
    line(ansi.bold(title));
    int nameWidth = Math.max(20, width - 40);
    for (StatsReport.EndpointCount e : rows) {
      line(
          "  "
              + Ansi.pad(cut(e.endpoint(), nameWidth - 1), nameWidth)
              + left(Numbers.count(e.count(c)), 9)
              + " "
              + ansi.statusClass(c, c.label())
              + ansi.dim("  " + Numbers.percent(e.rate(c)) + " of " + Numbers.count(e.requests())));
    }
    out.append('\n');
  }

  private void clients() {
    if (r.clients429().isEmpty()) {
      return;
    }
    line(ansi.bold("429 Too Many Requests by client"));
    for (StatsReport.ClientCount c : r.clients429()) {
      line("  " + Ansi.pad(cut(c.client(), 40), 41) + left(Numbers.count(c.count()), 9));
    }
    out.append('\n');
  }

  private void badLines() {
    if (r.badLines().isEmpty()) {
      return;
    }
    line(ansi.bold("Bad lines") + ansi.dim(" (not counted as requests)"));
    for (StatsReport.BadLineCount b : r.badLines()) {
      line("  " + ansi.yellow(left(Numbers.count(b.count()), 9)) + "  " + b.reason());
      for (String s : b.samples()) {
        line(ansi.dim("             " + cut(s, width - 13)));
      }
    }
    out.append('\n');
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  /** Pads on the left to a visible width. */
  private static String left(String s, int n) {
    int visible = Ansi.width(s);
    return visible >= n ? " " + s : " ".repeat(n - visible) + s;
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, Math.max(0, n - 1)) + "…";
  }
}
