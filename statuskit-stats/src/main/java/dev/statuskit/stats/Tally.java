package dev.statuskit.stats;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one thread has counted so far: requests per status code, latency histograms per code and per
 * endpoint, the timeline, 429s per client, and bad lines. Memory is bounded whatever the input
 * size: fixed arrays per code, capped maps with an overflow entry, and a timeline that widens its
 * buckets rather than grow past {@link #MAX_BUCKETS}. Tallies of several threads are merged at the
 * end; the merge gives the same totals in any order.
 */
final class Tally {
  /** Buckets a timeline holds before it doubles their width. */
  static final int MAX_BUCKETS = 100_000;

  /** Index in a bucket's counts of the 429s (1 to 5 are the classes). */
  static final int TOO_MANY = 6;

  private static final byte[] NO_TARGET = "(no request target)".getBytes(StandardCharsets.UTF_8);

  final long[] codes = new long[600];
  final Histogram[] latency = new Histogram[600];
  long requests;
  long undated;
  long minEpoch = Long.MAX_VALUE;
  long maxEpoch = Long.MIN_VALUE;

  long bucketSeconds;
  Map<Long, long[]> buckets = new HashMap<>();
  private long lastBucket = Long.MIN_VALUE;
  private long[] lastCounts;

  final EndpointTable endpoints;
  private final byte[] scratch = new byte[EndpointTemplate.MAX];

  final Map<String, long[]> clients429 = new HashMap<>();
  long otherClients429;
  private final int maxClients;

  final BadLines bad = new BadLines();

  /** The chunk being parsed, for the place of bad-line samples. */
  int chunk;

  Tally(long bucketSeconds, int maxEndpoints, int maxClients) {
    this.bucketSeconds = bucketSeconds;
    this.endpoints = maxEndpoints > 0 ? new EndpointTable(maxEndpoints) : null;
    this.maxClients = maxClients;
  }

  /**
   * One request, with its target and client as ranges of {@code b}.
   *
   * @param epoch seconds, or {@link Timestamps#BAD} when the line has no time
   * @param micros the request time, or a negative number when the line has none
   * @param targetFrom the start of the request target in {@code b}, or -1 when there is none
   * @param clientFrom the start of the client address in {@code b}, or -1 when there is none
   */
  void request(
      int status,
      long epoch,
      long micros,
      byte[] b,
      int targetFrom,
      int targetTo,
      int clientFrom,
      int clientTo) {
    count(status, epoch, micros);
    if (endpoints != null) {
      EndpointTally endpoint =
          targetFrom < 0
              ? endpoints.get(NO_TARGET, NO_TARGET.length)
              : endpoints.get(scratch, EndpointTemplate.apply(b, targetFrom, targetTo, scratch));
      endpoint.record(status, micros);
    }
    if (status == 429 && clientFrom >= 0) {
      client429(Bytes.text(b, clientFrom, clientTo));
    }
  }

  /** One request, from a reader that has its target and client as text (JSON lines, HAR). */
  void request(int status, long epoch, long micros, String target, String client) {
    byte[] b = target == null ? null : target.getBytes(StandardCharsets.UTF_8);
    count(status, epoch, micros);
    if (endpoints != null) {
      EndpointTally endpoint =
          b == null
              ? endpoints.get(NO_TARGET, NO_TARGET.length)
              : endpoints.get(scratch, EndpointTemplate.apply(b, 0, b.length, scratch));
      endpoint.record(status, micros);
    }
    if (status == 429 && client != null) {
      client429(client);
    }
  }

  private void count(int status, long epoch, long micros) {
    requests++;
    codes[status]++;
    if (micros >= 0) {
      Histogram h = latency[status];
      if (h == null) {
        h = Latencies.histogram();
        latency[status] = h;
      }
      Latencies.record(h, micros);
    }
    if (epoch == Timestamps.BAD) {
      undated++;
      return;
    }
    if (epoch < minEpoch) {
      minEpoch = epoch;
    }
    if (epoch > maxEpoch) {
      maxEpoch = epoch;
    }
    long bucket = Math.floorDiv(epoch, bucketSeconds);
    long[] counts = bucket == lastBucket ? lastCounts : bucket(bucket);
    counts[status / 100]++;
    if (status == 429) {
      counts[TOO_MANY]++;
    }
  }

  private long[] bucket(long bucket) {
    long[] counts = buckets.computeIfAbsent(bucket, k -> new long[TOO_MANY + 1]);
    if (buckets.size() > MAX_BUCKETS) {
      widen(bucketSeconds * 2);
      return bucket(Math.floorDiv(bucket * (bucketSeconds / 2), bucketSeconds));
    }
    lastBucket = bucket;
    lastCounts = counts;
    return counts;
  }

  /** Re-buckets the timeline into wider buckets (a multiple of the current width). */
  void widen(long seconds) {
    if (seconds == bucketSeconds) {
      return;
    }
    Map<Long, long[]> wider = new HashMap<>();
    for (Map.Entry<Long, long[]> e : buckets.entrySet()) {
      long key = Math.floorDiv(e.getKey() * bucketSeconds, seconds);
      add(wider.computeIfAbsent(key, k -> new long[TOO_MANY + 1]), e.getValue());
    }
    buckets = wider;
    bucketSeconds = seconds;
    lastBucket = Long.MIN_VALUE;
    lastCounts = null;
  }

  private void client429(String client) {
    long[] n = clients429.get(client);
    if (n != null) {
      n[0]++;
    } else if (clients429.size() < maxClients) {
      clients429.put(client, new long[] {1});
    } else {
      otherClients429++;
    }
  }

  /** A line that is not a request, at a line number within the current chunk. */
  void bad(String reason, long line, byte[] b, int from, int to) {
    bad.add(reason, chunk, line, b, from, to);
  }

  /** An input part that is not a request, at a place its reader names. */
  void bad(String reason, long order, String where) {
    bad.add(reason, chunk, order, where, "");
  }

  /** Adds another thread's counts into this one. */
  void merge(Tally o) {
    requests += o.requests;
    undated += o.undated;
    minEpoch = Math.min(minEpoch, o.minEpoch);
    maxEpoch = Math.max(maxEpoch, o.maxEpoch);
    for (int c = 0; c < codes.length; c++) {
      codes[c] += o.codes[c];
      latency[c] = Latencies.add(latency[c], o.latency[c]);
    }
    long width = Math.max(bucketSeconds, o.bucketSeconds);
    widen(width);
    o.widen(width);
    for (Map.Entry<Long, long[]> e : o.buckets.entrySet()) {
      add(buckets.computeIfAbsent(e.getKey(), k -> new long[TOO_MANY + 1]), e.getValue());
    }
    lastBucket = Long.MIN_VALUE;
    if (endpoints != null && o.endpoints != null) {
      mergeEndpoints(o.endpoints);
    }
    for (Map.Entry<String, long[]> e : o.clients429.entrySet()) {
      clients429.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
    }
    otherClients429 += o.otherClients429;
    bad.merge(o.bad);
  }

  /**
   * Endpoints merge by name into a map without a cap: the report keeps the busiest and folds the
   * rest into "(other)", which does not depend on which thread saw an endpoint first.
   */
  private void mergeEndpoints(EndpointTable from) {
    for (EndpointTally t : from.all()) {
      merged.computeIfAbsent(t.name, EndpointTally::new).merge(t);
    }
  }

  private final Map<String, EndpointTally> merged = new HashMap<>();

  /** All endpoints this tally has counted, own and merged, by name. */
  Map<String, EndpointTally> endpointsByName() {
    Map<String, EndpointTally> all = new HashMap<>();
    if (endpoints != null) {
      for (EndpointTally t : endpoints.all()) {
        all.computeIfAbsent(t.name, EndpointTally::new).merge(t);
      }
    }
    for (EndpointTally t : merged.values()) {
      all.computeIfAbsent(t.name, EndpointTally::new).merge(t);
    }
    return all;
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }
}
