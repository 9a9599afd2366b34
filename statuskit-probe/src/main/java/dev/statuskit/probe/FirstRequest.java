package dev.statuskit.probe;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.input.InputException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns "cannot connect at all" on the run's first request into bad input: a wrong host, port or
 * certificate would otherwise fail every request of the run, one skip at a time. Later failures are
 * per-request and stay skips.
 */
final class FirstRequest implements Sender {
  private final Sender next;
  private final AtomicBoolean sent = new AtomicBoolean();

  FirstRequest(Sender next) {
    this.next = next;
  }

  @Override
  public Exchange send(ProbeRequest request) throws ProbeFailure, InterruptedException {
    if (sent.getAndSet(true)) {
      return next.send(request);
    }
    try {
      return next.send(request);
    } catch (ProbeFailure f) {
      if (f.unreachable()) {
        throw new InputException(request.uri().toString(), f.describe(), f);
      }
      throw f;
    }
  }
}
