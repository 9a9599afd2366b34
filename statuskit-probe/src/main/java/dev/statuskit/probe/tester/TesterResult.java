package dev.statuskit.probe.tester;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.Finding;
import java.util.List;

/**
 * What a {@link Tester} saw.
 *
 * @param hops every response in order, the first request's first; the last is the final one
 * @param timing the final hop's timing
 * @param exchange the final hop's exchange
 * @param findings what the rules found in the final exchange
 */
public record TesterResult(
    List<Hop> hops, Timing timing, Exchange exchange, List<Finding> findings) {

  public TesterResult {
    hops = List.copyOf(hops);
    if (hops.isEmpty()) {
      throw new IllegalArgumentException("a result has at least one hop");
    }
    findings = List.copyOf(findings);
  }

  /** How many redirects were followed to reach the final response. */
  public int redirects() {
    return hops.size() - 1;
  }
}
