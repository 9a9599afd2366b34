package dev.statuskit.report;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.openapi.SpecFinding;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Finding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * @param line for a finding in a file (a spec), the line it points at; 0 for an exchange
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
    boolean specificFix,
    int line) {

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
        !f.fix().equals(f.rule().fix()),
        0);
  }

  /**
   * A spec finding, shown the way an exchange's is: the operation stands for the request, the
   * documented status (when the finding is about one response) for the response, and the file and
   * line for the source. The JSON pointer goes into the evidence, so every format carries it.
   */
  static FindingView of(SpecFinding f, String file) {
    String operation = f.operation().strip();
    int space = operation.indexOf(' ');
    String method = space > 0 ? operation.substring(0, space) : operation;
    String path = space > 0 ? operation.substring(space + 1) : "";
    int status = documentedStatus(f.pointer());
    String reason = status > 0 ? StatusCodes.of(status).phrase() : "";
    return new FindingView(
        method,
        path,
        path,
        status,
        reason,
        status > 0 ? status + " " + reason : "",
        file + ":" + f.line(),
        f.message(),
        List.of(new Evidence("spec", f.pointer())),
        f.fix(),
        !f.fix().equals(f.rule().fix()),
        f.line());
  }

  /** 201 for ".../responses/201"; 0 when the pointer is not about one numbered response. */
  static int documentedStatus(String pointer) {
    Matcher m = RESPONSE.matcher(pointer);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static final Pattern RESPONSE = Pattern.compile("/responses/([1-5][0-9][0-9])(?:/|$)");

  /**
   * "GET /orders -> 201 Created (shop.har entry 12)", or for a spec finding about a whole operation
   * "POST /orders (openapi.yaml:14)"; on one line.
   */
  String headline() {
    return Clean.line(method + " " + target)
        + (response.isEmpty() ? "" : " -> " + Clean.line(response))
        + " ("
        + Clean.line(source)
        + ")";
  }

  /** "GET /orders", short enough for a table cell or a SARIF logical location. */
  String requestLine() {
    return method + " " + path;
  }
}
