package dev.statuskit.probe;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.rules.Subject;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Probes one endpoint: the baseline GET, then each probe that applies to what the baseline showed,
 * one after another (later probes read the earlier answers: OPTIONS's Allow picks the methods). A
 * request that gets no answer is recorded as skipped and the endpoint's other probes go on, except
 * after a failed baseline, when there is nothing to compare with.
 */
final class EndpointProbe {
  /** RFC 9110 §15.5.6: a resource that exists but refuses GET (a POST-only collection). */
  private static final int METHOD_NOT_ALLOWED = 405;

  /** Cut short on purpose: a correct parser must reject it. */
  static final String MALFORMED_JSON = "{\"a\": ";

  /** Valid JSON that changes nothing if a lenient server applies it anyway. */
  static final String VALID_JSON = "{}";

  /** A type no JSON endpoint reads; form encoding would be the other classic mix-up. */
  static final String WRONG_TYPE = "text/plain";

  static final String ACCEPT_JSON = "application/json, application/problem+json;q=0.9, */*;q=0.1";

  private final ProbeOptions options;
  private final Sender sender;
  private final Random random;

  /** The user's headers as every probe sends them, without the credentials, and their names. */
  private final Headers userHeaders;

  private final Headers withoutCredentials;
  private final List<String> credentialNames;

  EndpointProbe(ProbeOptions options, Sender sender, Random random) {
    this.options = options;
    this.sender = sender;
    this.random = random;
    this.userHeaders = userHeaders(options);
    this.withoutCredentials = userHeaders.withoutSecrets();
    this.credentialNames =
        userHeaders.fields().stream()
            .map(Headers.Field::name)
            .filter(Headers::isSecret)
            .distinct()
            .toList();
  }

  Outcomes run(Endpoint endpoint) throws InterruptedException {
    Outcomes out = new Outcomes();
    if (endpoint.isTemplate()) {
      // No real id to GET; only the unknown-id probe can say anything.
      unknownId(endpoint, out);
      return out;
    }
    Optional<Exchange> sent = send(request(Kind.BASELINE, "GET", endpoint), out);
    if (sent.isEmpty()) {
      return out;
    }
    Exchange baseline = sent.get();
    boolean exists = StatusClass.of(baseline.response().status()) == StatusClass.SUCCESSFUL;

    Optional<Exchange> optionsAnswer = Optional.empty();
    if (exists) {
      optionsAnswer = send(request(Kind.OPTIONS, "OPTIONS", endpoint), out);
      optionsAnswer.ifPresent(o -> flag(Expectations.options(baseline, o), o, out));
    }
    Optional<String> allow =
        optionsAnswer
            .flatMap(o -> o.response().header("Allow"))
            .or(() -> baseline.response().header("Allow"));
    Optional<Set<String>> allowed = MethodChoice.allowed(allow);

    send(request(Kind.HEAD, "HEAD", endpoint), out)
        .ifPresent(h -> flag(Expectations.head(baseline, h), h, out));
    if (exists) {
      conditional(endpoint, baseline, out);
      noCredentials(endpoint, baseline, out);
      wrongMethod(endpoint, baseline, allowed, allow, out);
    }
    unknownId(endpoint, out);
    if (options.allowUnsafe() && (exists || baseline.response().status() == METHOD_NOT_ALLOWED)) {
      malformedJson(endpoint, allowed, out);
      if (Subject.of(baseline).declaresJson()) {
        wrongContentType(endpoint, allowed, out);
      }
    }
    return out;
  }

  private void conditional(Endpoint endpoint, Exchange baseline, Outcomes out)
      throws InterruptedException {
    // RFC 9110 §13.1.3: If-Modified-Since is ignored when If-None-Match is there; send one.
    Optional<String> etag = baseline.response().header("ETag");
    String validator = etag.isPresent() ? "ETag" : "Last-Modified";
    Optional<String> value = etag.or(() -> baseline.response().header("Last-Modified"));
    if (value.isEmpty()) {
      return;
    }
    String condition = etag.isPresent() ? "If-None-Match" : "If-Modified-Since";
    ProbeRequest r = request(Kind.CONDITIONAL, "GET", endpoint).withHeader(condition, value.get());
    send(r, out).ifPresent(c -> flag(Expectations.conditional(baseline, c, validator), c, out));
  }

  private void noCredentials(Endpoint endpoint, Exchange baseline, Outcomes out)
      throws InterruptedException {
    if (!options.hasCredentials()) {
      return;
    }
    ProbeRequest r = request(Kind.NO_CREDENTIALS, "GET", endpoint).withHeaders(withoutCredentials);
    send(r, out)
        .ifPresent(n -> flag(Expectations.noCredentials(baseline, n, credentialNames), n, out));
  }

  private void wrongMethod(
      Endpoint endpoint,
      Exchange baseline,
      Optional<Set<String>> allowed,
      Optional<String> allow,
      Outcomes out)
      throws InterruptedException {
    Optional<String> method = MethodChoice.wrongMethod(allowed, options.allowUnsafe());
    if (method.isEmpty()) {
      return;
    }
    ProbeRequest r = request(Kind.WRONG_METHOD, method.get(), endpoint);
    if (method.get().equals("TRACE")) {
      // RFC 9110 §9.3.8: TRACE reflects the request, so a client must not send credentials in it.
      r = r.withHeaders(withoutCredentials);
    }
    send(r, out).ifPresent(w -> flag(Expectations.wrongMethod(baseline, w, allow), w, out));
  }

  private void unknownId(Endpoint endpoint, Outcomes out) throws InterruptedException {
    Optional<String> path = IdShapes.withUnknownId(endpoint.path(), random);
    if (path.isEmpty()) {
      return;
    }
    ProbeRequest r =
        new ProbeRequest(
            Kind.UNKNOWN_ID, "GET", endpoint.uri(path.get()), userHeaders, Optional.empty());
    send(r, out).ifPresent(u -> flag(Expectations.unknownId(u), u, out));
  }

  private void malformedJson(Endpoint endpoint, Optional<Set<String>> allowed, Outcomes out)
      throws InterruptedException {
    Optional<String> method = MethodChoice.forMalformedBody(allowed);
    if (method.isEmpty()) {
      return;
    }
    ProbeRequest r =
        request(Kind.MALFORMED_JSON, method.get(), endpoint)
            .withBody("application/json", MALFORMED_JSON);
    send(r, out).ifPresent(m -> flag(Expectations.malformedJson(m), m, out));
  }

  private void wrongContentType(Endpoint endpoint, Optional<Set<String>> allowed, Outcomes out)
      throws InterruptedException {
    Optional<String> method = MethodChoice.forMistypedBody(allowed);
    if (method.isEmpty()) {
      return;
    }
    ProbeRequest r =
        request(Kind.WRONG_CONTENT_TYPE, method.get(), endpoint).withBody(WRONG_TYPE, VALID_JSON);
    send(r, out).ifPresent(w -> flag(Expectations.wrongContentType(w), w, out));
  }

  private ProbeRequest request(Kind kind, String method, Endpoint endpoint) {
    return new ProbeRequest(kind, method, endpoint.uri(), userHeaders, Optional.empty());
  }

  /**
   * The user's headers, with an Accept that asks for JSON unless the user chose one: the prober
   * audits APIs, and only a client that asks for JSON can tell a JSON API's error pages apart.
   */
  private static Headers userHeaders(ProbeOptions options) {
    Headers user = Headers.of(options.headers());
    return user.has("Accept") ? user : user.with("Accept", ACCEPT_JSON);
  }

  /** Sends and records the exchange, or the skip; the exchange if there was an answer. */
  private Optional<Exchange> send(ProbeRequest request, Outcomes out) throws InterruptedException {
    try {
      Exchange e = sender.send(request);
      out.checked(e);
      return Optional.of(e);
    } catch (ProbeFailure f) {
      out.skipped(
          f.reason(),
          request.method() + " " + request.uri() + " (" + request.kind().label() + " probe)");
      return Optional.empty();
    }
  }

  private static void flag(Optional<Flag> flag, Exchange exchange, Outcomes out) {
    flag.ifPresent(f -> out.flagged(f, exchange));
  }
}
