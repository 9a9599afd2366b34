package dev.statuskit.server.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps other web pages from driving the UI's actions through the user's browser (cross-site
 * request forgery) and from reaching them through a name that resolves to this machine (DNS
 * rebinding). The tester sends requests from this machine, so either would make it a proxy into the
 * user's loopback services for any page on the web.
 *
 * <p>An action (a POST) is accepted only when:
 *
 * <ul>
 *   <li>its Host is an IP literal, {@code localhost}, or the name the server was bound to: a page
 *       of another site reaching us through a rebound DNS name sends that name;
 *   <li>its {@code Origin}, when the browser sends one, is this very server ({@code http://} and
 *       the Host), and its {@code Sec-Fetch-Site}, when sent, is {@code same-origin} or {@code
 *       none}: browsers send both on every cross-site POST;
 *   <li>its Content-Type is the one the endpoint reads ({@code application/json}, {@code
 *       application/octet-stream}): neither is a type a cross-site form or a "simple" fetch may
 *       send without a CORS preflight, which this server never grants.
 * </ul>
 *
 * Clients that are not browsers (curl, tests) send no Origin and pass on the other two.
 */
final class SameOrigin {
  private final String boundHost;

  /** The host the server was told to bind, which its users may type into the address bar. */
  SameOrigin(String boundHost) {
    this.boundHost = boundHost.toLowerCase(Locale.ROOT);
  }

  /** The refusal (403, or 415 for the wrong Content-Type), or empty when the request may act. */
  Optional<WebResponse> check(WebRequest r, String contentType) {
    return refusal(r).map(why -> Json.problem(403, why)).or(() -> wrongType(r, contentType));
  }

  private Optional<String> refusal(WebRequest r) {
    Optional<String> host = r.header("Host").map(h -> h.strip().toLowerCase(Locale.ROOT));
    if (host.isEmpty() || !trustedHost(hostName(host.get()))) {
      return Optional.of(
          "this page must be opened through localhost, an IP address or the address the server"
              + " was started on, not "
              + host.map(h -> "'" + h + "'").orElse("a request without Host"));
    }
    Optional<String> origin = r.header("Origin").map(String::strip);
    if (origin.isPresent() && !origin.get().equalsIgnoreCase("http://" + host.get())) {
      return Optional.of(
          "requests from other sites are refused (Origin " + origin.get() + ", not this server)");
    }
    Optional<String> site = r.header("Sec-Fetch-Site").map(s -> s.strip().toLowerCase(Locale.ROOT));
    if (site.isPresent() && !site.get().equals("same-origin") && !site.get().equals("none")) {
      return Optional.of(
          "requests from other sites are refused (Sec-Fetch-Site " + site.get() + ")");
    }
    return Optional.empty();
  }

  private static Optional<WebResponse> wrongType(WebRequest r, String contentType) {
    String type =
        r.header("Content-Type")
            .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
            .orElse("");
    if (type.equals(contentType)) {
      return Optional.empty();
    }
    return Optional.of(
        Json.problem(
            415,
            "send the body as "
                + contentType
                + (type.isEmpty() ? "; the request has no Content-Type" : ", not " + type)));
  }

  private boolean trustedHost(String name) {
    return name.equals("localhost")
        || name.endsWith(".localhost") // RFC 6761 §6.3: always the loopback interface
        || name.equals(boundHost)
        || isIpLiteral(name);
  }

  /**
   * The Host field without its port: {@code 127.0.0.1:8080} → 127.0.0.1, {@code [::1]:80} → ::1.
   */
  static String hostName(String hostField) {
    try {
      String h = URI.create("http://" + hostField + "/").getHost();
      if (h == null) {
        return "";
      }
      return h.startsWith("[") ? h.substring(1, h.length() - 1) : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * Whether the name is an IPv4 or IPv6 address rather than a DNS name: a rebinding attack needs a
   * name it controls, and an address names no site.
   */
  static boolean isIpLiteral(String name) {
    return name.matches("\\d{1,3}(\\.\\d{1,3}){3}")
        || (name.contains(":") && name.matches("[0-9a-f:.]+"));
  }
}
