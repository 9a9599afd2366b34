package dev.statuskit.server.mock;

import static java.util.Map.entry;

import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.HeaderRequirement;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.Strength;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The header fields a status response carries. Which fields go with which code comes from the
 * registry ({@link StatusCode#headers()}); this class only knows, per field name, how to make a
 * plausible value. A field the registry names and this table lacks is left out (a test keeps the
 * table complete).
 */
final class RegistryHeaders {
  private RegistryHeaders() {}

  /**
   * What a client is told to wait when the request does not choose: short, so retries test fast.
   */
  static final int RETRY_AFTER_SECONDS = 1;

  /** Where redirects and created resources point unless location= says otherwise. */
  static final String DEFAULT_LOCATION = "/anything";

  /** The rate-limit policy /status/429 reports: a quota of 60 requests per 60 seconds. */
  static final int QUOTA = 60;

  static final int QUOTA_WINDOW_SECONDS = 60;

  /** The complete length /status/416 reports as unsatisfiable. */
  static final int REPRESENTATION_LENGTH = 1024;

  /** How long the cache fields of a 304 keep the copy fresh. */
  static final Duration FRESHNESS = Duration.ofSeconds(60);

  /**
   * What the value of a field depends on.
   *
   * @param code the status
   * @param call the request
   * @param contentLength the length of the content a GET would carry
   * @param retryAfter the Retry-After the request asked for
   * @param location the Location the request asked for
   */
  record Context(
      StatusCode code,
      Call call,
      int contentLength,
      Optional<String> retryAfter,
      Optional<String> location) {}

  /** Makes the field (or the fields that travel together) for a context. */
  @FunctionalInterface
  interface Value {
    Headers fields(String name, Context c);
  }

  private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  static final Map<String, Value> VALUES =
      Map.ofEntries(
          entry("location", (n, c) -> one(n, c.location().orElse(DEFAULT_LOCATION))),
          entry("content-location", (n, c) -> one(n, c.call().path())),
          entry("retry-after", (n, c) -> one(n, retryAfter(c))),
          // The draft's structured fields: remaining 0 of the policy, reset when Retry-After ends.
          entry(
              "ratelimit",
              (n, c) ->
                  Headers.of(
                      "RateLimit",
                      "\"default\";r=0;t=" + secondsToWait(c),
                      "RateLimit-Policy",
                      "\"default\";q=" + QUOTA + ";w=" + QUOTA_WINDOW_SECONDS)),
          entry("www-authenticate", RegistryHeaders::challenge),
          entry(
              "proxy-authenticate",
              (n, c) -> one(n, "Basic realm=\"statuskit-proxy\", charset=\"UTF-8\"")),
          entry("allow", (n, c) -> one(n, allowedOtherThan(c.call().method()))),
          entry("content-range", RegistryHeaders::contentRange),
          entry("upgrade", (n, c) -> one(n, "HTTP/3.0")),
          // Connection goes with Upgrade (RFC 9110 §7.8); otherwise it announces the close.
          entry(
              "connection",
              (n, c) -> one(n, c.code().header("Upgrade").isPresent() ? "upgrade" : "close")),
          entry("sec-websocket-accept", RegistryHeaders::websocketAccept),
          entry("link", RegistryHeaders::link),
          entry("etag", (n, c) -> one(n, entityTag(c))),
          entry("cache-control", (n, c) -> one(n, "max-age=" + FRESHNESS.toSeconds())),
          entry("expires", (n, c) -> one(n, HttpDates.format(Instant.now().plus(FRESHNESS)))),
          entry("vary", (n, c) -> one(n, "Accept")),
          entry("date", (n, c) -> one(n, HttpDates.now())),
          entry("accept", (n, c) -> one(n, "application/json")),
          entry("accept-encoding", (n, c) -> one(n, "identity")),
          entry("accept-patch", (n, c) -> one(n, "application/merge-patch+json")),
          // The representation decides its own type; the registry's note is about multipart.
          entry("content-type", (n, c) -> Headers.empty()));

  /** The fields the registry names for the code (or only those it requires), for this request. */
  static Headers forStatus(Context c, boolean requiredOnly) {
    List<Headers.Field> fields = new ArrayList<>();
    for (HeaderRequirement requirement : c.code().headers()) {
      if (requiredOnly && !requirement.strength().isRequired()) {
        continue;
      }
      Value value = VALUES.get(requirement.name().toLowerCase(Locale.ROOT));
      if (value == null) {
        continue;
      }
      for (Headers.Field f : value.fields(requirement.name(), c).fields()) {
        if (!has(fields, f.name())) {
          fields.add(f);
        }
      }
    }
    return Headers.of(fields);
  }

  private static boolean has(List<Headers.Field> fields, String name) {
    for (Headers.Field f : fields) {
      if (f.name().equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static Headers one(String name, String value) {
    return Headers.of(name, value);
  }

  private static String retryAfter(Context c) {
    return c.retryAfter().orElse(String.valueOf(RETRY_AFTER_SECONDS));
  }

  private static final Pattern SECONDS = Pattern.compile("\\d{1,9}");

  /** The wait Retry-After gives, in seconds, for the rate-limit fields that must agree with it. */
  static long secondsToWait(Context c) {
    String value = retryAfter(c).strip();
    if (SECONDS.matcher(value).matches()) {
      return Long.parseLong(value);
    }
    return HttpDates.parse(value)
        .map(at -> Math.max(0, Duration.between(Instant.now(), at).toSeconds()))
        .orElse((long) RETRY_AFTER_SECONDS);
  }

  /**
   * A challenge the registry requires (401) asks for credentials; one it expects only by practice
   * (403) tells a bearer client its token lacks a scope (RFC 6750 §3.1).
   */
  private static Headers challenge(String name, Context c) {
    boolean required =
        c.code().header(name).map(HeaderRequirement::strength).orElse(Strength.MAY)
            == Strength.MUST;
    return one(
        name,
        required
            ? "Bearer realm=\"statuskit\""
            : "Bearer realm=\"statuskit\", error=\"insufficient_scope\", scope=\"admin\"");
  }

  /** Allow must not list the refused method (RFC 9110 §15.5.6): offer the other kind. */
  private static String allowedOtherThan(String method) {
    return method.equals("GET") || method.equals("HEAD") ? "POST" : "GET, HEAD";
  }

  /**
   * For an error, the unsatisfied-range form with the current length (RFC 9110 §14.4); otherwise
   * the range the content is: the first half of a representation twice its size.
   */
  private static Headers contentRange(String name, Context c) {
    if (c.code().statusClass().isError()) {
      return one(name, "bytes */" + REPRESENTATION_LENGTH);
    }
    int length = c.contentLength();
    return one(name, length == 0 ? "bytes */0" : "bytes 0-" + (length - 1) + "/" + (2L * length));
  }

  /** RFC 6455 §4.2.2: the hash of the client's key; nothing when the client sent no key. */
  private static Headers websocketAccept(String name, Context c) {
    return c.call()
        .header("Sec-WebSocket-Key")
        .map(key -> one(name, websocketAccept(key.strip())))
        .orElse(Headers.empty());
  }

  static String websocketAccept(String key) {
    try {
      byte[] sha1 =
          MessageDigest.getInstance("SHA-1")
              .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  /**
   * Interim hints preload a resource (RFC 8297); on an error, the entity that blocks (RFC 7725).
   */
  private static Headers link(String name, Context c) {
    return c.code().statusClass() == dev.statuskit.registry.StatusClass.INFORMATIONAL
        ? one(name, "</style.css>; rel=preload; as=style")
        : one(name, "<https://example.org/legal-notice>; rel=\"blocked-by\"");
  }

  /** The client's own tag when it asked conditionally, else one naming the status. */
  private static String entityTag(Context c) {
    return c.call()
        .header("If-None-Match")
        .map(v -> v.split(",", 2)[0].strip())
        .filter(t -> !t.isEmpty() && !t.equals("*"))
        .orElse("\"statuskit-" + c.code().code() + "\"");
  }
}
