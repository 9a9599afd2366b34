package dev.statuskit.probe;

/**
 * A probe request that got no response. The reason uses the same words for the same cause, so an
 * audit can count skips by reason; the detail says what the network layer reported.
 */
final class ProbeFailure extends Exception {
  private final String reason;
  private final boolean unreachable;

  /**
   * @param reason what happened, in fixed words: "no response within 10 s (response timeout)"
   * @param detail what the network layer said, on one line
   * @param unreachable whether no connection could be made at all (DNS, refused, TLS), which on the
   *     first request means the whole run cannot proceed
   */
  ProbeFailure(String reason, String detail, boolean unreachable) {
    super(detail);
    this.reason = reason;
    this.unreachable = unreachable;
  }

  String reason() {
    return reason;
  }

  boolean unreachable() {
    return unreachable;
  }

  /** "connection refused (Connect to http://127.0.0.1:1 failed)". */
  String describe() {
    String detail = getMessage();
    return detail == null || detail.isBlank() || detail.equals(reason)
        ? reason
        : reason + " (" + detail + ")";
  }
}
