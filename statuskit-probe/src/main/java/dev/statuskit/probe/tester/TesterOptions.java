package dev.statuskit.probe.tester;

import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Tester} sends.
 *
 * @param timeout the most one request (one hop) may take from start to the end of its body,
 *     connecting and reading included
 * @param loopbackOnly refuse every target, and every redirect, whose address is not a loopback
 *     address (127.0.0.0/8, ::1): for a tester served to a browser, so it is never an open proxy
 * @param maxRedirects how many redirects to follow at most, when a request asks to follow them
 * @param rules the rules run on the final exchange
 */
public record TesterOptions(
    Duration timeout, boolean loopbackOnly, int maxRedirects, RuleSet rules) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_MAX_REDIRECTS = 10;

  public TesterOptions {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, not " + timeout);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects cannot be negative: " + maxRedirects);
    }
    Objects.requireNonNull(rules, "rules");
  }

  /** 10 s, any target, at most 10 redirects, the passive rule catalogue. */
  public static TesterOptions defaults() {
    return new TesterOptions(DEFAULT_TIMEOUT, false, DEFAULT_MAX_REDIRECTS, Rules.catalogue());
  }

  public TesterOptions withTimeout(Duration timeout) {
    return new TesterOptions(timeout, loopbackOnly, maxRedirects, rules);
  }

  public TesterOptions withLoopbackOnly(boolean loopbackOnly) {
    return new TesterOptions(timeout, loopbackOnly, maxRedirects, rules);
  }

  public TesterOptions withMaxRedirects(int maxRedirects) {
    return new TesterOptions(timeout, loopbackOnly, maxRedirects, rules);
  }

  public TesterOptions withRules(RuleSet rules) {
    return new TesterOptions(timeout, loopbackOnly, maxRedirects, rules);
  }
}
