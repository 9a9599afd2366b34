package dev.statuskit.probe.tester;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The request a redirect asks for, as a user agent derives it (RFC 9110 §15.4). */
final class Redirects {
  private Redirects() {}

  /**
   * The codes RFC 9110 §15.4 lets a user agent follow on its own; 300 (a choice), 304 (not a
   * redirect at all) and 305/306 (obsolete) are shown, not followed.
   */
  private static final Set<Integer> FOLLOWED = Set.of(301, 302, 303, 307, 308);

  /**
   * The next request, or empty when the answer is not a redirect to follow: not one of the codes
   * above, no Location, or a Location that is not a valid http(s) URI reference (shown as it is,
   * for the rules to judge).
   */
  static Optional<TesterRequest> next(TesterRequest sent, Exchange answer) {
    int status = answer.response().status();
    if (!FOLLOWED.contains(status)) {
      return Optional.empty();
    }
    Optional<URI> target =
        answer.response().header("Location").flatMap(l -> resolve(sent.url(), l));
    if (target.isEmpty()) {
      return Optional.empty();
    }
    URI next = target.get();
    boolean toGet = becomesGet(status, sent.method());
    boolean sameOrigin = sameOrigin(sent.url(), next);
    var headers =
        sent.headers().stream()
            // The content went with the old method; its description goes with it.
            .filter(f -> !(toGet && f.name().toLowerCase(Locale.ROOT).startsWith("content-")))
            // Credentials are for the origin they were given for (as curl and browsers do).
            .filter(f -> sameOrigin || !Headers.isSecret(f.name()))
            .toList();
    return Optional.of(
        new TesterRequest(
            toGet ? "GET" : sent.method(),
            next,
            headers,
            toGet ? Optional.empty() : sent.body(),
            true));
  }

  /**
   * 303 asks for a GET (or HEAD) of the new target (RFC 9110 §15.4.4); 301 and 302 turn POST into
   * GET, as user agents have done for historical reasons (§15.4.2, §15.4.3); 307 and 308 keep the
   * method and content (§15.4.8, §15.4.9).
   */
  static boolean becomesGet(int status, String method) {
    return switch (status) {
      case 303 -> !method.equals("GET") && !method.equals("HEAD");
      case 301, 302 -> method.equals("POST");
      default -> false;
    };
  }

  /** The Location resolved against the request's URL (RFC 9110 §10.2.2), when it is http(s). */
  static Optional<URI> resolve(URI base, String location) {
    try {
      URI resolved = resolve(base, new URI(location.strip()));
      return Targets.isHttp(resolved) && resolved.getHost() != null
          ? Optional.of(resolved)
          : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * RFC 3986 §5.2.2. {@link URI#resolve} follows the older RFC 2396, which differs for a reference
   * with no path ("?page=2" keeps the base's whole path) and for a base with no path at all.
   */
  private static URI resolve(URI base, URI ref) {
    String origin = base.getScheme() + "://" + base.getRawAuthority();
    String path =
        base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    if (ref.isAbsolute() || ref.getRawAuthority() != null) {
      return base.resolve(ref);
    }
    if (ref.getRawPath() == null || ref.getRawPath().isEmpty()) {
      String query = ref.getRawQuery() != null ? ref.getRawQuery() : base.getRawQuery();
      return URI.create(origin + path + (query == null ? "" : "?" + query));
    }
    return URI.create(origin + path).resolve(ref);
  }

  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI u) {
    return u.getPort() >= 0 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }
}
