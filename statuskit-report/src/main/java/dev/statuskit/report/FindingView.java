package dev.statuskit.report;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Finding;
import java.util.List;

/**
 * One finding as every format shows it, with credentials already scrubbed from each text (see
 * {@link Redactor}). Texts are as the rules wrote them: formats that need one line clean them.
 *
 * @param method the request method
 * @param target the request target, as recorded
 * @param path the target's path, for short locations ("GET /orders")
 * @param status the response status code
 * @param reason the reason phrase as received, or the registry's phrase: "Created"
 * @param response the status code and reason: "201 Created"
 * @param source where the exchange came from: "shop.har entry 12"
 * @param message the problem
 * @param evidence what was seen
 * @param fix what to do
 * @param specificFix whether the fix is specific to this finding rather than the rule's own
 */
record FindingView(
    String method,
    String target,
    String path,
    int status,
    String reason,
    String response,
    String source,
    String message,
    List<Evidence> evidence,
    String fix,
    boolean specificFix) {

  static FindingView of(Finding f) {
    Exchange e = f.exchange();
    Redactor r = Redactor.of(e);
    return new FindingView(
        e.request().method(),
        r.apply(e.request().target()),
        r.apply(e.request().path()),
        e.response().status(),
        r.apply(
            e.response().reason().filter(p -> !p.isBlank()).orElse(e.response().code().phrase())),
        r.apply(e.response().toString()),
        r.apply(e.source()),
        r.apply(f.message()),
        f.evidence().stream().map(ev -> new Evidence(ev.label(), r.apply(ev.value()))).toList(),
        r.apply(f.fix()),
        !f.fix().equals(f.rule().fix()));
  }

  /** "GET /orders", short enough for a table cell or a SARIF logical location. */
  String requestLine() {
    return method + " " + path;
  }
}
