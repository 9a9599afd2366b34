package dev.statuskit.server.mock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Per-client state with a bound: when it holds the most keys it may, the least recently used one
 * goes, so a client inventing keys cannot grow the server's memory.
 */
final class ClientTable<V> {
  private final Map<String, V> entries;

  ClientTable(int maxKeys) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /** Runs the action on the key's state, made first when missing, under the table's lock. */
  synchronized <R> R with(String key, Function<String, V> create, Function<V, R> action) {
    return action.apply(entries.computeIfAbsent(key, create));
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized void clear() {
    entries.clear();
  }
}
