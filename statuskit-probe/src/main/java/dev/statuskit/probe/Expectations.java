package dev.statuskit.probe;

import static dev.statuskit.rules.Severity.ERROR;
import static dev.statuskit.rules.Severity.INFO;
import static dev.statuskit.rules.Severity.WARNING;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.Response;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Problem;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What each probe expects, as pure functions of the probe's exchange and the baseline GET it
 * varies: each returns the unmet expectation, if any. Answers that say nothing either way (a
 * redirect, a 401 where the id probe only varies the id) pass.
 */
final class Expectations {
  private Expectations() {}

  /** RFC 9110 §15.5.6 and §15.6.2: a method the resource or the server does not support. */
  private static final Set<Integer> METHOD_REFUSED = Set.of(405, 501);

  /** What an auth check says to a request that carries no credentials. */
  private static final Set<Integer> AUTH_REFUSED = Set.of(401, 403);

  private static final int FORBIDDEN = 403;
  private static final int NOT_FOUND = 404;
  private static final int NOT_MODIFIED = 304;

  /** SK401: without credentials, 401 is meant; 403 says authenticating will not help. */
  static Optional<Flag> noCredentials(Exchange baseline, Exchange probe, List<String> removed) {
    if (!succeeded(baseline)) {
      return Optional.empty();
    }
    Evidence dropped = new Evidence("credentials removed", String.join(", ", removed));
    String what = line(probe) + " without credentials";
    Response r = probe.response();
    if (r.status() == FORBIDDEN) {
      return flag(
          ProbeRules.NO_CREDENTIALS,
          WARNING,
          "%s is answered %s; %s is meant: 403 tells the client that authenticating will not help"
              + " (RFC 9110 §15.5.4)",
          List.of(what, r, meant(401)),
          probe,
          baseline,
          dropped);
    }
    return switch (classOf(probe)) {
      case SUCCESSFUL ->
          flag(
              ProbeRules.NO_CREDENTIALS,
              INFO,
              "%s is answered %s, as with them: is the endpoint meant to be public?",
              List.of(what, r),
              probe,
              baseline,
              dropped);
      case SERVER_ERROR ->
          flag(
              ProbeRules.NO_CREDENTIALS,
              ERROR,
              "%s fails with %s; a missing credential is the client's mistake: %s is meant",
              List.of(what, r, meant(401)),
              probe,
              baseline,
              dropped);
      default -> Optional.empty();
    };
  }

  /**
   * SK402: a method the resource does not support gets 405 (or 501 for a method the server does not
   * know).
   *
   * @param allow the Allow value the method was chosen by, if any
   */
  static Optional<Flag> wrongMethod(Exchange baseline, Exchange probe, Optional<String> allow) {
    Response r = probe.response();
    if (!succeeded(baseline) || METHOD_REFUSED.contains(r.status())) {
      return Optional.empty();
    }
    if (AUTH_REFUSED.contains(r.status()) && withoutItsCredentials(baseline, probe)) {
      // TRACE goes without credentials (RFC 9110 §9.3.8): an auth check first is fair.
      return Optional.empty();
    }
    String what = line(probe);
    if (r.status() == NOT_FOUND) {
      return flag(
          ProbeRules.WRONG_METHOD,
          WARNING,
          "%s is answered %s although GET finds the resource; %s with Allow is meant",
          List.of(what, r, meant(405)),
          probe,
          baseline);
    }
    return switch (classOf(probe)) {
      case SERVER_ERROR ->
          flag(
              ProbeRules.WRONG_METHOD,
              ERROR,
              "%s fails with %s; an unsupported method is the client's mistake: %s with Allow is"
                  + " meant",
              List.of(what, r, meant(405)),
              probe,
              baseline);
      // TRACE is a safe method a server may support (RFC 9110 §9.3.8): worth knowing, not wrong.
      case SUCCESSFUL ->
          probe.request().method().equals("TRACE")
              ? flag(
                  ProbeRules.WRONG_METHOD,
                  INFO,
                  "%s is answered %s: TRACE is enabled, and it reflects each request, credentials"
                      + " included, back to the caller",
                  List.of(what, r),
                  probe,
                  baseline)
              : flag(
                  ProbeRules.WRONG_METHOD,
                  ERROR,
                  "%s is answered %s although the resource's Allow does not list %s; %s is meant",
                  List.of(what, r, probe.request().method(), meant(405)),
                  probe,
                  baseline,
                  allow.map(a -> Evidence.header("Allow", a)).orElse(null));
      case CLIENT_ERROR ->
          flag(
              ProbeRules.WRONG_METHOD,
              INFO,
              "%s is answered %s; %s with Allow would tell the client that the method is the"
                  + " problem and which ones work",
              List.of(what, r, meant(405)),
              probe,
              baseline);
      default -> Optional.empty();
    };
  }

  /** SK403: an id that does not exist gets 404 (or 410), never a success or a crash. */
  static Optional<Flag> unknownId(Exchange probe) {
    String what = line(probe) + ", an id that should not exist,";
    Response r = probe.response();
    return switch (classOf(probe)) {
      case SUCCESSFUL ->
          flag(
              ProbeRules.UNKNOWN_ID,
              ERROR,
              "%s is answered %s; %s is meant",
              List.of(what, r, meant(404)),
              probe,
              null,
              bodyOf(r));
      case SERVER_ERROR ->
          flag(
              ProbeRules.UNKNOWN_ID,
              ERROR,
              "%s fails with %s; %s is meant",
              List.of(what, r, meant(404)),
              probe,
              null,
              bodyOf(r));
      default -> Optional.empty();
    };
  }

  /**
   * SK404: a GET whose validator still matches gets 304 (RFC 9110 §13.1.2, §13.1.3).
   *
   * @param validator the baseline's header the probe sent back: ETag or Last-Modified
   */
  static Optional<Flag> conditional(Exchange baseline, Exchange probe, String validator) {
    Optional<String> before = baseline.response().header(validator);
    Response r = probe.response();
    if (!succeeded(baseline) || before.isEmpty() || r.status() == NOT_MODIFIED) {
      return Optional.empty();
    }
    String condition = validator.equalsIgnoreCase("ETag") ? "If-None-Match" : "If-Modified-Since";
    String what = line(probe) + " with " + condition + " from its own " + validator;
    Evidence sent = Evidence.header(condition, before.get());
    return switch (classOf(probe)) {
      case SUCCESSFUL -> {
        Optional<String> after = r.header(validator);
        if (!after.equals(before)) {
          yield Optional.empty(); // the resource changed in between: 200 is right
        }
        yield flag(
            ProbeRules.CONDITIONAL_GET,
            WARNING,
            "%s is answered %s with the same %s; %s is meant: the validator is ignored and the"
                + " content sent again",
            List.of(what, r, validator, meant(304)),
            probe,
            baseline,
            sent,
            Evidence.header(validator, after.get()));
      }
      case CLIENT_ERROR, SERVER_ERROR ->
          flag(
              ProbeRules.CONDITIONAL_GET,
              classOf(probe) == StatusClass.SERVER_ERROR ? ERROR : WARNING,
              "%s is answered %s though the plain GET works; %s is meant",
              List.of(what, r, meant(304)),
              probe,
              baseline,
              sent);
      default -> Optional.empty();
    };
  }

  /** SK405: HEAD gets the status GET gets (RFC 9110 §9.3.2). */
  static Optional<Flag> head(Exchange baseline, Exchange probe) {
    if (classOf(probe) == classOf(baseline)) {
      return Optional.empty();
    }
    return flag(
        ProbeRules.HEAD_LIKE_GET,
        ERROR,
        "%s is answered %s while GET is answered %s; HEAD must get the status GET gets, without"
            + " the content",
        List.of(line(probe), probe.response(), baseline.response()),
        probe,
        baseline);
  }

  /** SK406: OPTIONS on an existing resource says what it supports (RFC 9110 §9.3.7). */
  static Optional<Flag> options(Exchange baseline, Exchange probe) {
    if (!succeeded(baseline)) {
      return Optional.empty();
    }
    Response r = probe.response();
    List<Object> what = List.of(line(probe), r);
    if (r.status() == NOT_FOUND) {
      return flag(
          ProbeRules.OPTIONS_ANSWERED,
          WARNING,
          "%s is answered %s although GET finds the resource; 204 No Content with Allow is meant",
          what,
          probe,
          baseline);
    }
    if (METHOD_REFUSED.contains(r.status())) {
      return flag(
          ProbeRules.OPTIONS_ANSWERED,
          INFO,
          "%s is answered %s: OPTIONS is not supported, so clients cannot discover the methods",
          what,
          probe,
          baseline);
    }
    return switch (classOf(probe)) {
      case SUCCESSFUL ->
          r.hasHeader("Allow") || r.hasHeader("Access-Control-Allow-Methods")
              ? Optional.empty()
              : flag(
                  ProbeRules.OPTIONS_ANSWERED,
                  INFO,
                  "%s is answered %s without Allow: the client cannot learn which methods work",
                  what,
                  probe,
                  baseline,
                  Evidence.absent("Allow"));
      case SERVER_ERROR ->
          flag(
              ProbeRules.OPTIONS_ANSWERED,
              ERROR,
              "%s fails with %s where GET works",
              what,
              probe,
              baseline);
      default -> Optional.empty();
    };
  }

  /** SK407: a body that is not the JSON it claims to be gets 400 (or 422, 415). */
  static Optional<Flag> malformedJson(Exchange probe) {
    String what = line(probe) + " with malformed JSON";
    Response r = probe.response();
    return switch (classOf(probe)) {
      case SUCCESSFUL ->
          flag(
              ProbeRules.MALFORMED_JSON,
              ERROR,
              "%s is answered %s: the server accepted a body it cannot have parsed; %s is meant",
              List.of(what, r, meant(400)),
              probe,
              null,
              probe.request().body().map(b -> bodyEvidence("request body", b)).orElse(null));
      case SERVER_ERROR ->
          flag(
              ProbeRules.MALFORMED_JSON,
              ERROR,
              "%s fails with %s; the mistake is the client's: %s is meant",
              List.of(what, r, meant(400)),
              probe,
              null,
              bodyOf(r));
      default -> Optional.empty();
    };
  }

  /** SK408: a body in a media type the endpoint does not read gets 415 (or 400). */
  static Optional<Flag> wrongContentType(Exchange probe) {
    String declared = probe.request().header("Content-Type").orElse("(none)");
    String what = line(probe) + " with a JSON body declared as " + declared;
    Evidence type = Evidence.header("Content-Type", declared);
    Response r = probe.response();
    return switch (classOf(probe)) {
      case SUCCESSFUL ->
          flag(
              ProbeRules.WRONG_CONTENT_TYPE,
              WARNING,
              "%s is answered %s; %s is meant",
              List.of(what, r, meant(415)),
              probe,
              null,
              type);
      case SERVER_ERROR ->
          flag(
              ProbeRules.WRONG_CONTENT_TYPE,
              ERROR,
              "%s fails with %s; %s is meant",
              List.of(what, r, meant(415)),
              probe,
              null,
              type);
      default -> Optional.empty();
    };
  }

  /**
   * The flag, with the probe's request line and status, the baseline when there is one (null
   * otherwise), and more evidence (null entries left out).
   */
  private static Optional<Flag> flag(
      Rule rule,
      Severity severity,
      String message,
      List<?> args,
      Exchange probe,
      Exchange baseline,
      Evidence... more) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence("request", probe.request().toString()));
    evidence.add(new Evidence("status", probe.response().toString()));
    if (baseline != null) {
      evidence.add(new Evidence("baseline", line(baseline) + " → " + baseline.response()));
    }
    for (Evidence e : more) {
      if (e != null) {
        evidence.add(e);
      }
    }
    Problem problem = new Problem(message.formatted(args.toArray()), evidence, Optional.empty());
    return Optional.of(new Flag(rule, severity, problem));
  }

  /** Whether the baseline carried credentials that the probe left out. */
  private static boolean withoutItsCredentials(Exchange baseline, Exchange probe) {
    return hasCredentials(baseline) && !hasCredentials(probe);
  }

  private static boolean hasCredentials(Exchange e) {
    return e.request().headers().stream()
        .flatMap(h -> h.fields().stream())
        .anyMatch(f -> Headers.isSecret(f.name()));
  }

  private static boolean succeeded(Exchange e) {
    return classOf(e) == StatusClass.SUCCESSFUL;
  }

  private static StatusClass classOf(Exchange e) {
    return StatusClass.of(e.response().status());
  }

  /** "TRACE /users/42". */
  private static String line(Exchange e) {
    return e.request().method() + " " + e.request().path();
  }

  /** "405 Method Not Allowed", from the registry. */
  private static String meant(int code) {
    return StatusCodes.of(code).toString();
  }

  private static Evidence bodyOf(Response response) {
    return response.body().filter(b -> !b.isEmpty()).map(b -> bodyEvidence("body", b)).orElse(null);
  }

  private static Evidence bodyEvidence(String label, Body body) {
    return new Evidence(label, body.preview(200));
  }
}
