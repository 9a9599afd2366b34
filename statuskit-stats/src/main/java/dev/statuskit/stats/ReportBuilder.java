package dev.statuskit.stats;

import dev.statuskit.exchange.Request;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.registry.StatusCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/** Turns the merged tally into the report: shares, percentiles, rankings, timeline and spikes. */
final class ReportBuilder {
  private ReportBuilder() {}

  /** The timeline's buckets are widened until there are at most this many. */
  static final int MAX_TIMELINE = 20_000;

  /** A bucket with fewer requests is not judged for spikes: its rates are noise. */
  static final int SPIKE_MIN_REQUESTS = 10;

  /** A spike's bucket has more than this multiple of the median bucket's rate... */
  static final double SPIKE_FACTOR = 3;

  /** ...and at least this rate... */
  static final double SPIKE_MIN_RATE = 0.02;

  /** ...and at least this many responses of the kind. */
  static final int SPIKE_MIN_COUNT = 5;

  static StatsReport build(
      Tally t, Stats.Options options, List<StatsReport.Input> inputs, Chunks chunks) {
    long requests = t.requests;
    List<StatsReport.ClassCount> classes = new ArrayList<>();
    for (StatusClass c : StatusClass.values()) {
      long count = 0;
      Histogram h = null;
      for (int code = c.generic(); code < c.generic() + 100; code++) {
        count += t.codes[code];
        h = Latencies.add(h, t.latency[code]);
      }
      classes.add(new StatsReport.ClassCount(c, count, share(count, requests), summary(h)));
    }
    List<StatsReport.CodeCount> codes = new ArrayList<>();
    Histogram all = null;
    for (int code = 100; code < 600; code++) {
      if (t.codes[code] > 0) {
        codes.add(
            new StatsReport.CodeCount(
                code,
                StatusCodes.of(code).name(),
                t.codes[code],
                share(t.codes[code], requests),
                summary(t.latency[code])));
      }
      all = Latencies.add(all, t.latency[code]);
    }
    List<StatsReport.EndpointCount> endpoints = endpoints(t, options.maxEndpoints());
    List<StatsReport.EndpointCount> named =
        endpoints.stream().filter(e -> !e.endpoint().equals(EndpointTable.OTHER)).toList();
    StatsReport.Timeline timeline = timeline(t);
    return new StatsReport(
        inputs,
        requests + t.bad.total(),
        requests,
        t.undated,
        t.minEpoch <= t.maxEpoch
            ? Optional.of(Instant.ofEpochSecond(t.minEpoch))
            : Optional.empty(),
        t.minEpoch <= t.maxEpoch
            ? Optional.of(Instant.ofEpochSecond(t.maxEpoch))
            : Optional.empty(),
        classes,
        codes,
        summary(all),
        endpoints,
        top(named, e -> e.count(StatusClass.SERVER_ERROR), options.top()),
        top(named, e -> e.count(StatusClass.CLIENT_ERROR), options.top()),
        clients(t, options.top()),
        timeline,
        spikes(timeline),
        badLines(t.bad, chunks));
  }

  private static double share(long count, long of) {
    return of == 0 ? 0 : (double) count / of;
  }

  private static Optional<StatsReport.Latency> summary(AbstractHistogram h) {
    return h == null || h.getTotalCount() == 0
        ? Optional.empty()
        : Optional.of(Latencies.summary(h));
  }

  /** The busiest endpoints, then "(other)" with the rest, so the result is thread-order-free. */
  private static List<StatsReport.EndpointCount> endpoints(Tally t, int max) {
    Map<String, EndpointTally> byName = t.endpointsByName();
    EndpointTally other = byName.remove(EndpointTable.OTHER);
    if (other == null) {
      other = new EndpointTally(EndpointTable.OTHER);
    }
    List<EndpointTally> sorted = new ArrayList<>(byName.values());
    sorted.sort(
        Comparator.comparingLong(EndpointTally::requests).reversed().thenComparing(e -> e.name));
    List<StatsReport.EndpointCount> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (i < max) {
        out.add(endpoint(sorted.get(i)));
      } else {
        other.merge(sorted.get(i));
      }
    }
    if (other.requests() > 0) {
      out.add(endpoint(other));
    }
    return out;
  }

  private static StatsReport.EndpointCount endpoint(EndpointTally e) {
    Map<Integer, Long> codes = new LinkedHashMap<>();
    for (int i = 0; i < e.distinctCodes(); i++) {
      codes.put(e.code(i), e.count(i));
    }
    return new StatsReport.EndpointCount(e.name, e.requests(), codes, summary(e.latency));
  }

  private static List<StatsReport.EndpointCount> top(
      List<StatsReport.EndpointCount> endpoints,
      ToLongFunction<StatsReport.EndpointCount> count,
      int n) {
    return endpoints.stream()
        .filter(e -> count.applyAsLong(e) > 0)
        .sorted(
            Comparator.comparingLong(count)
                .reversed()
                .thenComparing(StatsReport.EndpointCount::endpoint))
        .limit(n)
        .toList();
  }

  private static List<StatsReport.ClientCount> clients(Tally t, int n) {
    List<Map.Entry<String, long[]>> sorted = new ArrayList<>(t.clients429.entrySet());
    sorted.sort(
        Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
            .reversed()
            .thenComparing(Map.Entry::getKey));
    List<StatsReport.ClientCount> out = new ArrayList<>();
    long rest = t.otherClients429;
    for (int i = 0; i < sorted.size(); i++) {
      if (i < n) {
        out.add(new StatsReport.ClientCount(sorted.get(i).getKey(), sorted.get(i).getValue()[0]));
      } else {
        rest += sorted.get(i).getValue()[0];
      }
    }
    if (rest > 0) {
      out.add(new StatsReport.ClientCount(EndpointTable.OTHER, rest));
    }
    return out;
  }

  /** Every bucket from the first to the last, widened until there are few enough to show. */
  private static StatsReport.Timeline timeline(Tally t) {
    if (t.buckets.isEmpty()) {
      return new StatsReport.Timeline(Duration.ofSeconds(t.bucketSeconds), List.of());
    }
    long width = t.bucketSeconds;
    while ((t.maxEpoch - t.minEpoch) / width + 1 > MAX_TIMELINE) {
      width *= 2;
    }
    t.widen(width);
    long first = Math.floorDiv(t.minEpoch, width);
    long last = Math.floorDiv(t.maxEpoch, width);
    List<StatsReport.Bucket> buckets = new ArrayList<>();
    long[] none = new long[Tally.TOO_MANY + 1];
    for (long b = first; b <= last; b++) {
      long[] c = t.buckets.getOrDefault(b, none);
      buckets.add(
          new StatsReport.Bucket(
              Instant.ofEpochSecond(b * width), c[1], c[2], c[3], c[4], c[5], c[Tally.TOO_MANY]));
    }
    return new StatsReport.Timeline(Duration.ofSeconds(width), buckets);
  }

  /** Stretches of buckets whose 5xx (or 429) rate is far above the median bucket's. */
  static List<StatsReport.Spike> spikes(StatsReport.Timeline timeline) {
    List<StatsReport.Spike> spikes = new ArrayList<>();
    spikes.addAll(spikes(timeline, "5xx", StatsReport.Bucket::serverError));
    spikes.addAll(spikes(timeline, "429", StatsReport.Bucket::tooManyRequests));
    spikes.sort(Comparator.comparing(StatsReport.Spike::start));
    return spikes;
  }

  private static List<StatsReport.Spike> spikes(
      StatsReport.Timeline timeline, String kind, ToLongFunction<StatsReport.Bucket> count) {
    List<StatsReport.Bucket> judged =
        timeline.buckets().stream().filter(b -> b.total() >= SPIKE_MIN_REQUESTS).toList();
    if (judged.isEmpty()) {
      return List.of();
    }
    double[] rates =
        judged.stream()
            .mapToDouble(b -> (double) count.applyAsLong(b) / b.total())
            .sorted()
            .toArray();
    double median =
        rates.length % 2 == 1
            ? rates[rates.length / 2]
            : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
    List<StatsReport.Spike> out = new ArrayList<>();
    List<StatsReport.Bucket> run = new ArrayList<>();
    for (StatsReport.Bucket b : timeline.buckets()) {
      long n = count.applyAsLong(b);
      double rate = b.total() == 0 ? 0 : (double) n / b.total();
      boolean spike =
          b.total() >= SPIKE_MIN_REQUESTS
              && n >= SPIKE_MIN_COUNT
              && rate >= SPIKE_MIN_RATE
              && rate > SPIKE_FACTOR * median;
      if (spike) {
        run.add(b);
      } else if (!run.isEmpty()) {
        out.add(spike(kind, run, count, median, timeline.bucket()));
        run.clear();
      }
    }
    if (!run.isEmpty()) {
      out.add(spike(kind, run, count, median, timeline.bucket()));
    }
    return out;
  }

  private static StatsReport.Spike spike(
      String kind,
      List<StatsReport.Bucket> run,
      ToLongFunction<StatsReport.Bucket> count,
      double median,
      Duration width) {
    long n = run.stream().mapToLong(count).sum();
    long total = run.stream().mapToLong(StatsReport.Bucket::total).sum();
    return new StatsReport.Spike(
        kind,
        run.get(0).start(),
        run.get(run.size() - 1).start().plus(width),
        n,
        total,
        (double) n / total,
        median);
  }

  private static List<StatsReport.BadLineCount> badLines(BadLines bad, Chunks chunks) {
    List<StatsReport.BadLineCount> out = new ArrayList<>();
    for (Map.Entry<String, BadLines.Reason> e : bad.reasons().entrySet()) {
      List<String> samples = new ArrayList<>();
      for (BadLines.Sample s : e.getValue().samples) {
        String where = s.where() != null ? s.where() : chunks.where(s.chunk(), s.line());
        samples.add(s.excerpt().isEmpty() ? where : where + ": " + redacted(s.excerpt()));
      }
      out.add(new StatsReport.BadLineCount(e.getKey(), e.getValue().count, samples));
    }
    out.sort(
        Comparator.comparingLong(StatsReport.BadLineCount::count)
            .reversed()
            .thenComparing(StatsReport.BadLineCount::reason));
    return out;
  }

  /** Query parameters that look like credentials, hidden as the rest of statuskit hides them. */
  private static String redacted(String excerpt) {
    return new Request("GET", excerpt, Optional.empty(), Optional.empty()).shownTarget();
  }
}
