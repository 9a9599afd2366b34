package dev.statuskit.server.mock;

import java.time.Duration;

/**
 * The mock server's safety limits. Everything a client can make the server hold (bytes, time,
 * connections, state) is bounded by one of these; the defaults suit a developer's machine.
 *
 * @param maxBodyBytes the largest request body read; larger ones get 413
 * @param maxHeaderBytes the largest request header section; larger ones get 431
 * @param maxLineBytes the longest request line; longer ones get 414
 * @param maxDelay the longest delay a request may ask for (delay=, /delay, /drip)
 * @param idleTimeout a connection with no traffic either way for this long is closed
 * @param requestTimeout a request must arrive whole within this time of its first byte (against
 *     slowloris-style clients); otherwise the connection is closed
 * @param maxConnections connections beyond this many are closed at once
 * @param journalSize how many recent requests the admin journal keeps
 * @param maxClients how many client keys the rate limiter and flaky counters track
 */
record Limits(
    int maxBodyBytes,
    int maxHeaderBytes,
    int maxLineBytes,
    Duration maxDelay,
    Duration idleTimeout,
    Duration requestTimeout,
    int maxConnections,
    int journalSize,
    int maxClients) {

  static final int MAX_BODY_BYTES = 1024 * 1024;
  static final int MAX_HEADER_BYTES = 16 * 1024;
  static final int MAX_LINE_BYTES = 8 * 1024;
  static final Duration MAX_DELAY = Duration.ofSeconds(30);
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  static final int MAX_CONNECTIONS = 10_000;
  static final int JOURNAL_SIZE = 1000;
  static final int MAX_CLIENTS = 10_000;

  /** The largest body /drip and /range serve, and the most bytes of a dripped body. */
  static final int MAX_GENERATED_BYTES = 1024 * 1024;

  /** The longest redirect chain /redirect/{n} builds. */
  static final int MAX_REDIRECTS = 50;

  /** Requests pipelined on one connection and waiting for their turn; more closes it. */
  static final int MAX_PIPELINED = 32;

  Limits {
    positive("max body bytes", maxBodyBytes);
    positive("max header bytes", maxHeaderBytes);
    positive("max line bytes", maxLineBytes);
    positive("max connections", maxConnections);
    positive("journal size", journalSize);
    positive("max clients", maxClients);
    if (maxDelay.isNegative()) {
      throw new IllegalArgumentException("max delay must not be negative: " + maxDelay);
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idle timeout must be positive: " + idleTimeout);
    }
    if (maxDelay.compareTo(idleTimeout) >= 0) {
      // A delayed response would otherwise be cut off by the idle timeout before it is sent.
      throw new IllegalArgumentException(
          "max delay ("
              + maxDelay
              + ") must be shorter than the idle timeout ("
              + idleTimeout
              + ")");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("request timeout must be positive: " + requestTimeout);
    }
  }

  private static void positive(String what, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
  }
}
