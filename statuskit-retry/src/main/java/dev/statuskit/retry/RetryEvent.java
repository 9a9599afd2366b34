package dev.statuskit.retry;

import java.time.Duration;

/**
 * One decision a client made after a try.
 *
 * @param method the request method
 * @param target the request URI without user info or query, which can carry credentials
 * @param attempt which try just finished: 1 for the first
 * @param elapsed time since the first try began
 * @param outcome what the try got: "503 Service Unavailable", or the exception that ended it
 * @param decision what the client does next, and why
 */
public record RetryEvent(
    String method,
    String target,
    int attempt,
    Duration elapsed,
    String outcome,
    RetryDecision decision) {

  /** "GET http://127.0.0.1:8080/flaky/2 try 1: retry in 1 s: 503 Service Unavailable: ...". */
  @Override
  public String toString() {
    return method + " " + target + " try " + attempt + ": " + decision;
  }
}
