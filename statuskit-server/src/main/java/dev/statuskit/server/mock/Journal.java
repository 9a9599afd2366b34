package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

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

  // Every event loop records into the same ring, once per request: a lock here was contended on
  // every response. Slots are claimed with one atomic increment instead; a reader may see a slot
  // a writer has claimed but not filled yet, and leaves it out.
  private final AtomicReferenceArray<Entry> ring;
  private final AtomicLong written = new AtomicLong();

  Journal(int size) {
    this.ring = new AtomicReferenceArray<>(size);
  }

  void add(Entry entry) {
    long slot = written.getAndIncrement();
    ring.set((int) (slot % ring.length()), entry);
  }

  /** The entries, oldest first. */
  List<Entry> entries() {
    long end = written.get();
    int n = (int) Math.min(end, ring.length());
    List<Entry> list = new ArrayList<>(n);
    for (long i = end - n; i < end; i++) {
      Entry e = ring.get((int) (i % ring.length()));
      if (e != null) {
        list.add(e);
      }
    }
    return list;
  }

  /** How many requests were recorded since the start or the last reset, kept or not. */
  long total() {
    return written.get();
  }

  /** Forgets every entry; requests recorded while it runs may survive it. */
  void clear() {
    written.set(0);
    for (int i = 0; i < ring.length(); i++) {
      ring.set(i, null);
    }
  }
}
