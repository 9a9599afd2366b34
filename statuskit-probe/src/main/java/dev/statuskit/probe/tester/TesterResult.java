package dev.statuskit.probe.tester;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.Finding;
import java.util.List;

/**
 * What a {@link Tester} saw.
 *
 * @param hops every response in order, the first request's first; the last is the final one
 * @param findings what the rules found in the final exchange
 */
public record TesterResult(List<Hop> hops, List<Finding> findings) {

  public TesterResult {
    hops = List.copyOf(hops);
    if (hops.isEmpty()) {
      throw new IllegalArgumentException("a result has at least one hop");
    }
    findings = List.copyOf(findings);
  }

  /** The final hop's exchange. */
  public Exchange exchange() {
    return last().exchange();
  }

  /** The final hop's timing. */
  public Timing timing() {
    return last().timing();
  }

  /** How many redirects were followed to reach the final response. */
  public int redirects() {
    return hops.size() - 1;
  }

  private Hop last() {
    return hops.get(hops.size() - 1);
  }
}
