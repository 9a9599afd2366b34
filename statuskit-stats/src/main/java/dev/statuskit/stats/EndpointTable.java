package dev.statuskit.stats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Endpoint templates to their tallies, looked up by the template's bytes so that a known endpoint
 * costs a hash and a compare, no String. Holds at most {@code capacity} endpoints; requests for any
 * other endpoint go to one overflow tally, so that a log of random paths cannot exhaust memory.
 */
final class EndpointTable {
  /** Endpoints per table whose latencies go into plain, fast histograms (28 KB each). */
  static final int DENSE = 256;

  /** The name of the overflow entry. */
  static final String OTHER = "(other)";

  private final int capacity;
  private byte[][] keys;
  private EndpointTally[] values;
  private int size;
  private final EndpointTally other = new EndpointTally(OTHER, true);

  EndpointTable(int capacity) {
    this.capacity = capacity;
    int slots = Integer.highestOneBit(Math.max(16, capacity * 2)) << 1;
    keys = new byte[slots][];
    values = new EndpointTally[slots];
  }

  /** The tally of the endpoint whose template is {@code key[0, len)}. */
  EndpointTally get(byte[] key, int len) {
    int mask = keys.length - 1;
    int slot = hash(key, len) & mask;
    while (true) {
      byte[] k = keys[slot];
      if (k == null) {
        if (size >= capacity) {
          return other;
        }
        byte[] copy = Arrays.copyOf(key, len);
        keys[slot] = copy;
        EndpointTally t = new EndpointTally(new String(copy, StandardCharsets.UTF_8), size < DENSE);
        values[slot] = t;
        size++;
        return t;
      }
      if (k.length == len && Arrays.equals(k, 0, len, key, 0, len)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Every endpoint tallied, the overflow entry included when it has requests. */
  List<EndpointTally> all() {
    List<EndpointTally> all = new ArrayList<>(size + 1);
    for (EndpointTally t : values) {
      if (t != null) {
        all.add(t);
      }
    }
    if (other.requests() > 0) {
      all.add(other);
    }
    return all;
  }

  private static int hash(byte[] b, int len) {
    int h = 1;
    for (int i = 0; i < len; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 16);
  }
}
