package dev.statuskit.server.mock;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A connection-level failure the mock can stage instead of answering: /fault/{kind}. */
enum Fault {
  RESET("reset the connection (TCP RST: SO_LINGER 0, then close)"),
  EMPTY("close the connection without sending a byte"),
  MALFORMED_CHUNK("start a chunked 200, send one good chunk and one broken one, then close"),
  GARBAGE("send random bytes that are not HTTP, then close"),
  HANG("read the request and never answer; the idle timeout closes the connection");

  private final String description;

  Fault(String description) {
    this.description = description;
  }

  /** The name used in paths and scenario files: {@code malformed-chunk}. */
  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  String description() {
    return description;
  }

  static Optional<Fault> parse(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(label)).findFirst();
  }

  static String labels() {
    return String.join(", ", Arrays.stream(values()).map(Fault::label).toList());
  }
}
