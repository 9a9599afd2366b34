package dev.statuskit.probe.tester;

import java.time.Duration;

/**
 * Stamps the phases of one request as the connection's hooks report them. One clock per hop, used
 * by the one thread that sends it.
 */
final class PhaseClock {
  private long start = System.nanoTime();
  private long dns;
  private long connect;
  private long tls;
  private long phaseStart;
  private long head = -1;
  private long end = -1;

  /** The request starts now: setting up the client before it is no phase of the request. */
  void started() {
    start = System.nanoTime();
  }

  void phaseStarted() {
    phaseStart = System.nanoTime();
  }

  void dnsDone() {
    dns += System.nanoTime() - phaseStart;
  }

  /** Added up: a host with several addresses may be tried more than once. */
  void connectDone() {
    connect += System.nanoTime() - phaseStart;
  }

  void tlsDone() {
    tls += System.nanoTime() - phaseStart;
  }

  void headArrived() {
    head = System.nanoTime();
  }

  void bodyRead() {
    end = System.nanoTime();
  }

  Timing timing() {
    long now = System.nanoTime();
    long total = (end < 0 ? now : end) - start;
    long firstByte = (head < 0 ? now : head) - start;
    return new Timing(
        Duration.ofNanos(dns),
        Duration.ofNanos(connect),
        Duration.ofNanos(tls),
        Duration.ofNanos(firstByte),
        Duration.ofNanos(total));
  }
}
