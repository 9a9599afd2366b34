package dev.statuskit.stats;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.HdrHistogram.AbstractHistogram;

/**
 * What a parser made of one line, read back from a fresh tally: the reason it was refused, or the
 * request's status, time, request time, endpoint and (for 429s) client.
 */
record Parsed(
    String reason,
    int status,
    long epoch,
    Optional<? extends AbstractHistogram> latency,
    String endpoint,
    String client429) {

  static Parsed of(LineParser parser, String line) {
    Tally t = new Tally(60, 100, 100);
    byte[] b = ("garbage before|" + line + "|after").getBytes(StandardCharsets.UTF_8);
    int from = "garbage before|".length();
    int to = b.length - "|after".length();
    String reason = parser.parse(b, from, to, t);
    if (reason != null) {
      return new Parsed(reason, 0, 0, Optional.empty(), null, null);
    }
    int status = 0;
    for (int c = 100; c < 600; c++) {
      if (t.codes[c] > 0) {
        status = c;
      }
    }
    String endpoint = t.endpointsByName().keySet().iterator().next();
    String client = t.clients429.isEmpty() ? null : t.clients429.keySet().iterator().next();
    return new Parsed(
        null,
        status,
        t.minEpoch == Long.MAX_VALUE ? Timestamps.BAD : t.minEpoch,
        Optional.ofNullable(t.latency[status]),
        endpoint,
        client);
  }

  /** Whether the recorded request time is the given one, within the histogram's precision. */
  boolean hasMicros(long micros) {
    return latency.isPresent()
        && latency.get().getTotalCount() == 1
        && latency.get().valuesAreEquivalent(latency.get().getMaxValue(), micros);
  }

  boolean noLatency() {
    return latency.isEmpty();
  }
}
