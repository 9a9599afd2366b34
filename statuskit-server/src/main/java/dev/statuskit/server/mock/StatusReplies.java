package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.HeaderRequirement;
import dev.statuskit.registry.StatusCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A response for any status code as the registry describes it: its reason phrase, the header fields
 * it names (with values from {@link RegistryHeaders}), and a body negotiated from Accept, or none
 * where the status forbids content (RFC 9110 §6.4.1).
 */
final class StatusReplies {
  private StatusReplies() {}

  /**
   * What the request asked to change.
   *
   * @param retryAfter the Retry-After value, where the status has one
   * @param location the Location value, where the status has one
   * @param body content to send instead of the generated one
   */
  record Options(Optional<String> retryAfter, Optional<String> location, Optional<String> body) {
    static final Options NONE = new Options(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Rendered bodies with the registry's summary as detail, by code and representation. */
  private static final ConcurrentHashMap<Integer, byte[]> SUMMARIES = new ConcurrentHashMap<>();

  /**
   * Whole replies (header fields and body) for the codes whose fields do not depend on the request,
   * by code and representation, when the request changes nothing: most traffic asks for one of a
   * few codes, and building the same fields for each request is most of the cost of answering.
   */
  private static final AtomicReferenceArray<Reply> PLAIN = new AtomicReferenceArray<>(600 * 8);

  /** Whether each code's reply can be reused (0 unknown, 1 yes, 2 no), decided once per code. */
  private static final AtomicIntegerArray REUSABLE = new AtomicIntegerArray(600);

  /** Registry fields whose values come from the request or the clock, so cannot be reused. */
  private static final Set<String> PER_REQUEST =
      Set.of("content-location", "allow", "sec-websocket-accept", "etag", "expires", "date");

  /** The response for the code, with the registry's summary as its detail. */
  static Reply of(int status, Call call, Options options) {
    StatusCode code = StatusLines.code(status);
    if (isNone(options) && status >= 100 && status < 600 && reusable(status, code)) {
      Representation form =
          code.bodyAllowed()
              ? Representation.negotiate(call.header("Accept"), code.statusClass().isError())
              : Representation.PROBLEM_JSON; // no content: one reply serves every Accept
      int key = status * 8 + form.ordinal();
      Reply reply = PLAIN.get(key);
      if (reply == null) {
        reply = build(status, call, Options.NONE, Optional.empty(), false);
        PLAIN.set(key, reply);
      }
      return reply;
    }
    return build(status, call, options, Optional.empty(), false);
  }

  private static boolean isNone(Options options) {
    return options.retryAfter().isEmpty()
        && options.location().isEmpty()
        && options.body().isEmpty();
  }

  /** Whether the code's fields and body are the same for every request that changes nothing. */
  private static boolean reusable(int status, StatusCode code) {
    int known = REUSABLE.get(status);
    if (known == 0) {
      known = 1;
      for (HeaderRequirement h : code.headers()) {
        if (PER_REQUEST.contains(h.name().toLowerCase(Locale.ROOT))) {
          known = 2;
        }
      }
      REUSABLE.set(status, known);
    }
    return known == 1;
  }

  /**
   * An error response whose detail says what went wrong with this request. It carries only the
   * fields the registry requires (MUST): the others describe situations (a temporary 413, a bearer
   * token short of scope) that the caller knows about and adds itself.
   */
  static Reply problem(int status, Call call, String detail) {
    return build(status, call, Options.NONE, Optional.of(detail), true);
  }

  private static Reply build(
      int status, Call call, Options options, Optional<String> detail, boolean requiredOnly) {
    StatusCode code = StatusLines.code(status);
    String contentType = "";
    byte[] body = new byte[0];
    if (code.bodyAllowed()) {
      if (options.body().isPresent()) {
        body = options.body().get().getBytes(StandardCharsets.UTF_8);
        contentType = guessType(options.body().get());
      } else {
        Representation form =
            Representation.negotiate(call.header("Accept"), code.statusClass().isError());
        contentType = form.contentType();
        body =
            detail.isPresent()
                ? Bodies.render(code, form, detail.get())
                : SUMMARIES.computeIfAbsent(
                    status * 8 + form.ordinal(), k -> Bodies.render(code, form, code.summary()));
      }
    }
    RegistryHeaders.Context context =
        new RegistryHeaders.Context(
            code, call, body.length, options.retryAfter(), options.location());
    Headers registry = RegistryHeaders.forStatus(context, requiredOnly);
    if (contentType.isEmpty()) {
      return Reply.of(status, registry, body);
    }
    List<Headers.Field> fields = new ArrayList<>(1 + registry.fields().size());
    fields.add(new Headers.Field("Content-Type", contentType));
    fields.addAll(registry.fields());
    return Reply.of(status, Headers.of(fields), body);
  }

  /** A custom body is JSON when it looks like JSON, else plain text. */
  private static String guessType(String body) {
    String start = body.stripLeading();
    if (start.startsWith("{") || start.startsWith("[")) {
      return Reply.JSON;
    }
    if (start.regionMatches(true, 0, "<!doctype html", 0, 14)
        || start.regionMatches(true, 0, "<html", 0, 5)) {
      return Reply.HTML;
    }
    return Reply.TEXT;
  }
}
