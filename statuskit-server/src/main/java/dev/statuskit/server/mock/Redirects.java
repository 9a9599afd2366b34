package dev.statuskit.server.mock;

import java.util.Optional;
import java.util.Set;

/** /redirect/{n} and /redirect-to: redirects with the 3xx of the caller's choice. */
final class Redirects {
  private Redirects() {}

  /**
   * The codes that send a client on to Location by themselves (RFC 9110 §15.4.2–15.4.9); 300 and
   * 304 do not, 305 and 306 are no longer used.
   */
  static final Set<Integer> FOLLOWED = Set.of(301, 302, 303, 307, 308);

  static final int DEFAULT = 302;

  /** A chain of n redirects ending at /anything, every hop with the chosen code. */
  static Reply chain(Call call) {
    int n = (int) Numbers.bounded("n", call.param("n"), 1, Limits.MAX_REDIRECTS);
    int code = code(call);
    String query = call.query("status").map(s -> "?status=" + code).orElse("");
    String next = n == 1 ? RegistryHeaders.DEFAULT_LOCATION : "/redirect/" + (n - 1) + query;
    return StatusReplies.of(code, call, location(next));
  }

  /** One redirect to url. */
  static Reply to(Call call) {
    String url =
        call.query("url")
            .orElseThrow(() -> Refusal.badRequest("redirect-to needs url=, e.g. url=/anything"));
    return StatusReplies.of(code(call), call, location(FieldCheck.checked("Location", url)));
  }

  private static int code(Call call) {
    int code = (int) call.number("status", DEFAULT, 100, 599);
    if (!FOLLOWED.contains(code)) {
      throw Refusal.badRequest(
          "status must be a redirect that clients follow: 301, 302, 303, 307 or 308, not " + code);
    }
    return code;
  }

  private static StatusReplies.Options location(String url) {
    return new StatusReplies.Options(Optional.empty(), Optional.of(url), Optional.empty());
  }
}
