package dev.statuskit.registry;

/** A range of codes, both ends included, that the IANA registry has not assigned. */
public record UnassignedRange(int from, int to) {

  public boolean contains(int code) {
    return code >= from && code <= to;
  }

  @Override
  public String toString() {
    return from == to ? String.valueOf(from) : from + "–" + to;
  }
}
