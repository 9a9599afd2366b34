package dev.statuskit.probe.tester;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one request took, phase by phase, measured on a fresh connection.
 *
 * <p>The first three are the durations of the connection's set-up phases; the last two count from
 * the start of the request, like a browser's "time to first byte". So {@code dns + connect + tls <=
 * firstByte <= total} always holds.
 *
 * @param dns resolving the host name (near zero for an IP address)
 * @param connect opening the TCP connection
 * @param tls the TLS handshake; {@link Duration#ZERO} for http
 * @param firstByte from the start until the response's status line and headers arrived
 * @param total from the start until the last byte of the body was read
 */
public record Timing(
    Duration dns, Duration connect, Duration tls, Duration firstByte, Duration total) {

  public Timing {
    for (Duration d : new Duration[] {dns, connect, tls, firstByte, total}) {
      if (Objects.requireNonNull(d, "duration").isNegative()) {
        throw new IllegalArgumentException("a phase cannot take negative time: " + d);
      }
    }
  }
}
