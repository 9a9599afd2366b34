package dev.statuskit.har;

import dev.statuskit.exchange.Exchange;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the HAR files under src/test/resources/har/ as a test sees them. */
final class HarFixtures {

  /** What reading a file gave: the exchanges and the skips, as "where: reason". */
  record Read(List<Exchange> exchanges, List<String> skips) {
    Exchange get(int i) {
      return exchanges.get(i);
    }
  }

  private HarFixtures() {}

  static InputStream stream(String name) {
    InputStream in = HarFixtures.class.getResourceAsStream("/har/" + name);
    if (in == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException(name));
    }
    return in;
  }

  static Read read(String name) {
    return read(stream(name), name);
  }

  static Read read(InputStream in, String name) {
    List<String> skips = new ArrayList<>();
    try (HarReader har = HarReader.open(in, name, (why, where) -> skips.add(where + ": " + why))) {
      return new Read(har.exchanges().toList(), skips);
    }
  }
}
