package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recent requests and what they got, in a ring of fixed size: the oldest entry makes room
 * for the newest. Credentials are redacted before they are stored.
 */
final class Journal {

  /**
   * One request.
   *
   * @param at when it arrived
   * @param client the remote address
   * @param method the method
   * @param target path and query, credentials in it redacted
   * @param headers the request's fields, credentials redacted
   * @param status the final status sent, 0 when none was (a fault, or the connection closed)
   * @param millis from the request's arrival to its response
   */
  record Entry(
      Instant at,
      String client,
      String method,
      String target,
      Headers headers,
      int status,
      long millis) {}

  private final Entry[] ring;
  private long written;

  Journal(int size) {
    this.ring = new Entry[size];
  }

  synchronized void add(Entry entry) {
    ring[(int) (written % ring.length)] = entry;
    written++;
  }

  /** The entries, oldest first. */
  synchronized List<Entry> entries() {
    int n = (int) Math.min(written, ring.length);
    List<Entry> list = new ArrayList<>(n);
    for (long i = written - n; i < written; i++) {
      list.add(ring[(int) (i % ring.length)]);
    }
    return list;
  }

  /** How many requests were recorded since the start or the last reset, kept or not. */
  synchronized long total() {
    return written;
  }

  synchronized void clear() {
    java.util.Arrays.fill(ring, null);
    written = 0;
  }
}
