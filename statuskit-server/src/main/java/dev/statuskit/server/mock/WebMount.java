package dev.statuskit.server.mock;

import dev.statuskit.server.web.WebRequest;
import dev.statuskit.server.web.WebResponse;
import dev.statuskit.server.web.WebUi;

/**
 * The web UI on the mock server's port, under {@value WebUi#PREFIX}: a route like the others, whose
 * reply comes when the UI has answered (at once for pages, later for the tester and stats, whose
 * work runs on the UI's own threads).
 */
final class WebMount {
  private WebMount() {}

  static Route route(WebUi ui) {
    return Route.any(
        "/ui/{page*}",
        "the web UI: reference, tester, rules and stats (open it in a browser)",
        WebUi.PREFIX,
        call -> Reply.later(ui.handle(request(call)).thenApply(WebMount::reply)));
  }

  /** The request, copied whole: the call's buffers are released once the handler returns. */
  private static WebRequest request(Call call) {
    return new WebRequest(
        call.method(), call.path(), call.queryParameters(), call.headers(), call.body());
  }

  private static Reply reply(WebResponse r) {
    return Reply.of(r.status(), r.headers(), r.body());
  }
}
