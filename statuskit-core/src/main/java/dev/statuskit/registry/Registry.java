package dev.statuskit.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The loaded data, indexed; built once per JVM by {@link StatusCodes}. */
final class Registry {

  private final Map<Integer, StatusCode> byCode;
  private final List<UnassignedRange> unassigned;
  private final Search search;

  Registry(List<StatusCode> codes, List<UnassignedRange> unassigned) {
    Map<Integer, StatusCode> index = new TreeMap<>();
    for (StatusCode c : codes) {
      StatusCode clash = index.put(c.code(), c);
      if (clash != null) {
        throw new IllegalStateException("registry data has two entries for " + c.code());
      }
    }
    this.byCode = Collections.unmodifiableMap(index);
    this.unassigned = List.copyOf(unassigned);
    this.search = new Search(byCode.values());
  }

  Optional<StatusCode> find(int code) {
    return Optional.ofNullable(byCode.get(code));
  }

  List<StatusCode> all() {
    return new ArrayList<>(byCode.values());
  }

  List<UnassignedRange> unassigned() {
    return unassigned;
  }

  Search search() {
    return search;
  }
}
