package dev.statuskit.openapi;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.input.InputException;
import dev.statuskit.rules.Rule;
import java.nio.file.Path;
import java.util.List;

/**
 * The front door to testing a live API against its spec: plan the requests, send them (the caller
 * does, with its own HTTP client, rate limit and credentials), and check each answer.
 *
 * <pre>{@code
 * ConformancePlan plan = OpenApiConformance.plan(Path.of("openapi.yaml"), false);
 * for (PlannedRequest r : plan.requests()) {
 *   Exchange e = send(baseUrl + plan.basePath() + r.target(), r);   // the caller's client
 *   audit.check(e);                                                  // the whole catalogue
 *   for (Mismatch m : OpenApiConformance.check(r, e)) {
 *     audit.record(m.rule(), m.severity(), m.problem(), e);
 *   }
 * }
 * }</pre>
 *
 * <p>Everything here is a pure function of the spec and the exchanges: no network.
 */
public final class OpenApiConformance {
  private OpenApiConformance() {}

  /**
   * For each operation (safe methods only, unless {@code allowUnsafe}), a valid request built from
   * the spec's examples, defaults and schemas (path, query and header parameters; JSON bodies),
   * followed by the negative variants its shape allows: no credentials (secured operations), an
   * unknown id (path parameters), a missing required parameter or body, a value of the wrong type.
   * Operations that cannot be planned are listed in {@link ConformancePlan#skipped()}.
   *
   * @throws InputException as {@link OpenApiLint#lint(Path)}, for a spec that cannot be read
   */
  public static ConformancePlan plan(Path spec, boolean allowUnsafe) {
    return Planner.plan(SpecReader.read(spec), allowUnsafe);
  }

  /**
   * Checks the answer to a planned request against the spec: its status is documented (by code,
   * range or default), the headers documented for it are present, its content type is declared; a
   * negative variant gets a 4xx, never a 2xx or 5xx; a valid request is not refused as invalid. Run
   * the rule catalogue on the exchange as well; this checks only the spec's promises.
   */
  public static List<Mismatch> check(PlannedRequest planned, Exchange exchange) {
    return ConformanceRules.check(planned, exchange);
  }

  /** The conformance rules (SK52x), for the catalogue; add them to the rule set of the audit. */
  public static List<Rule> rules() {
    return ConformanceRules.ALL;
  }
}
