package dev.statuskit.probe;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.Request;
import dev.statuskit.openapi.ConformancePlan;
import dev.statuskit.openapi.Mismatch;
import dev.statuskit.openapi.OpenApiConformance;
import dev.statuskit.openapi.PlannedRequest;
import dev.statuskit.rules.Audit;
import java.net.URI;
import java.util.Map;

/** Sends the requests planned from a spec and records what comes back. */
final class SpecProbe {
  private final ProbeOptions options;
  private final Sender sender;

  SpecProbe(ProbeOptions options, Sender sender) {
    this.options = options;
    this.sender = sender;
  }

  void run(URI base, ConformancePlan plan, Audit audit, ProgressListener progress)
      throws InterruptedException {
    int total = plan.requests().size();
    int done = 0;
    for (String skipped : plan.skipped()) {
      // "DELETE /orders/{id}: unsafe method, not sent without --allow-unsafe": where, then why.
      int colon = skipped.indexOf(": ");
      if (colon > 0) {
        audit.skippedInput(skipped.substring(colon + 2), skipped.substring(0, colon));
      } else {
        audit.skippedInput("operation not planned", skipped);
      }
    }
    for (PlannedRequest planned : plan.requests()) {
      ProbeRequest request = request(base, plan.basePath(), planned);
      if (!options.allowUnsafe() && !Request.isSafe(request.method())) {
        // The planner leaves them out already; this keeps the promise whatever the plan says.
        audit.skippedInput("unsafe method, not sent without --allow-unsafe", planned.operation());
        progress.step(++done, total);
        continue;
      }
      try {
        Exchange sent = sender.send(request);
        Exchange e =
            new Exchange(
                sent.request(),
                sent.response(),
                sent.elapsed(),
                "openapi: " + planned.description());
        audit.check(e);
        for (Mismatch m : OpenApiConformance.check(planned, e)) {
          audit.record(m.rule(), m.severity(), m.problem(), e);
        }
      } catch (ProbeFailure f) {
        audit.skippedInput(f.reason(), request.method() + " " + request.uri());
      }
      progress.step(++done, total);
    }
  }

  /** The planned request, with the user's headers (credentials only where the plan wants them). */
  ProbeRequest request(URI base, String basePath, PlannedRequest planned) {
    Headers user = Headers.of(options.headers());
    Headers headers = planned.withCredentials() ? user : user.withoutSecrets();
    for (Map.Entry<String, String> h : planned.headers().entrySet()) {
      // The spec's header parameters and media types win over the user's defaults.
      headers = headers.without(h.getKey()).with(h.getKey(), h.getValue());
    }
    return new ProbeRequest(
        Kind.SPEC,
        planned.method(),
        uri(base, basePath, planned.target()),
        headers,
        planned.body());
  }

  /** base + the spec's base path (unless the base already ends with it) + the target. */
  static URI uri(URI base, String basePath, String target) {
    String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
    String prefix = basePath.replaceAll("/+$", "");
    if (!prefix.isEmpty() && !path.endsWith(prefix)) {
      path += prefix.startsWith("/") ? prefix : "/" + prefix;
    }
    return URI.create(
        base.getScheme()
            + "://"
            + base.getRawAuthority()
            + path
            + (target.startsWith("/") ? target : "/" + target));
  }
}
