package dev.statuskit.server.mock;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * /basic-auth and /bearer: the difference between 401 (no or bad credentials: here is how to
 * authenticate) and 403 (authenticated, but not allowed).
 */
final class Auth {
  private Auth() {}

  static final String BASIC_CHALLENGE = "Basic realm=\"statuskit\", charset=\"UTF-8\"";
  static final String BEARER_CHALLENGE = "Bearer realm=\"statuskit\"";

  /** The bearer token that stands for one that has expired. */
  static final String EXPIRED_TOKEN = "expired";

  /** 200 for Basic credentials user:pass; 401 with a Basic challenge otherwise (RFC 7617). */
  static Reply basic(Call call) {
    String user = call.param("user");
    String pass = call.param("pass");
    Optional<String> sent = credentials(call, "Basic").flatMap(Auth::decode);
    if (sent.isEmpty()) {
      return unauthorized(call, BASIC_CHALLENGE, "send Basic credentials for " + user);
    }
    if (!sent.get().equals(user + ":" + pass)) {
      return unauthorized(
          call, BASIC_CHALLENGE, "these credentials are not the ones this endpoint takes");
    }
    return Reply.json(200, Json.bytes(Map.of("authenticated", true, "user", user)));
  }

  /**
   * Any bearer token is valid and grants the scopes it lists ({@code Bearer read,admin}), except
   * {@value #EXPIRED_TOKEN}. No token: 401; the expired one: 401 invalid_token; a token without the
   * scope= asked for: 403 insufficient_scope (RFC 6750 §3.1).
   */
  static Reply bearer(Call call) {
    Optional<String> token = credentials(call, "Bearer").filter(t -> !t.isBlank());
    if (token.isEmpty()) {
      return unauthorized(call, BEARER_CHALLENGE, "send Authorization: Bearer <token>");
    }
    if (token.get().equals(EXPIRED_TOKEN)) {
      return unauthorized(
          call,
          BEARER_CHALLENGE + ", error=\"invalid_token\", error_description=\"The token expired\"",
          "the token has expired: get a new one");
    }
    Set<String> scopes =
        Arrays.stream(token.get().split("[,+ ]"))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    Optional<String> needed = call.query("scope").filter(s -> !s.isBlank());
    if (needed.isPresent() && !scopes.contains(needed.get())) {
      String scope = FieldCheck.checked("scope", needed.get()).replace("\"", "");
      return StatusReplies.problem(
              403, call, "the token is valid but lacks the scope '" + scope + "'; no retry helps")
          .replacing(
              "WWW-Authenticate",
              BEARER_CHALLENGE + ", error=\"insufficient_scope\", scope=\"" + scope + "\"");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("authenticated", true);
    body.put("scopes", scopes.stream().sorted().toList());
    return Reply.json(200, Json.bytes(body));
  }

  private static Reply unauthorized(Call call, String challenge, String detail) {
    return StatusReplies.problem(401, call, detail).replacing("WWW-Authenticate", challenge);
  }

  private static Optional<String> credentials(Call call, String scheme) {
    return call.header("Authorization")
        .map(String::strip)
        .filter(v -> v.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1))
        .map(v -> v.substring(scheme.length() + 1).strip());
  }

  private static Optional<String> decode(String base64) {
    try {
      return Optional.of(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
