package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What a handler answers: status, header fields and content, and how to deliver them (after a
 * delay, after interim 1xx responses, dripped over time, or not at all but as a connection fault).
 * The writer adds Date, Content-Length and the request id; for HEAD it drops the content.
 *
 * @param status the final status code
 * @param headers the header fields, in order
 * @param body the content (empty for none)
 * @param delay how long to wait before the first byte of the response
 * @param interim 1xx responses to send before the final one (RFC 9110 §15.2)
 * @param drip when present, the content is written in slices spread over this time
 * @param fault when present, the connection fails this way instead of any response
 * @param later when present, the reply is not known yet: the handler handed blocking work (the web
 *     UI's tester and stats) to other threads, and this completes with the reply to send; the
 *     connection's later requests wait for it, as for any reply
 */
record Reply(
    int status,
    Headers headers,
    byte[] body,
    Duration delay,
    List<Interim> interim,
    Optional<Duration> drip,
    Optional<Fault> fault,
    Optional<CompletionStage<Reply>> later) {

  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String TEXT = "text/plain; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";

  private static final byte[] NONE = new byte[0];

  /** An interim response. */
  record Interim(int status, Headers headers) {}

  Reply {
    interim = List.copyOf(interim);
  }

  static Reply of(int status, Headers headers, byte[] body) {
    return new Reply(
        status,
        headers,
        body,
        Duration.ZERO,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static Reply empty(int status) {
    return of(status, Headers.empty(), NONE);
  }

  static Reply json(int status, byte[] json) {
    return of(status, Headers.of("Content-Type", JSON), json);
  }

  static Reply text(int status, String text) {
    return of(status, Headers.of("Content-Type", TEXT), text.getBytes(StandardCharsets.UTF_8));
  }

  static Reply fault(Fault fault) {
    return new Reply(
        0,
        Headers.empty(),
        NONE,
        Duration.ZERO,
        List.of(),
        Optional.empty(),
        Optional.of(fault),
        Optional.empty());
  }

  /** A reply that comes when the work completes (off the event loop); see {@code later}. */
  static Reply later(CompletionStage<Reply> reply) {
    return new Reply(
        0,
        Headers.empty(),
        NONE,
        Duration.ZERO,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(reply));
  }

  /** A copy with one more header field. */
  Reply with(String name, String value) {
    return withHeaders(headers.with(name, value));
  }

  /** A copy where the field has this value only. */
  Reply replacing(String name, String value) {
    return withHeaders(headers.without(name).with(name, value));
  }

  Reply withHeaders(Headers headers) {
    return new Reply(status, headers, body, delay, interim, drip, fault, later);
  }

  Reply withBody(String contentType, byte[] body) {
    return new Reply(
        status,
        headers.without("Content-Type").with("Content-Type", contentType),
        body,
        delay,
        interim,
        drip,
        fault,
        later);
  }

  Reply delayed(Duration delay) {
    return new Reply(status, headers, body, delay, interim, drip, fault, later);
  }

  Reply after(Interim first) {
    List<Interim> all = new ArrayList<>(interim);
    all.add(first);
    return new Reply(status, headers, body, delay, all, drip, fault, later);
  }

  Reply dripped(Duration over) {
    return new Reply(status, headers, body, delay, interim, Optional.of(over), fault, later);
  }

  Optional<String> header(String name) {
    return headers.first(name);
  }
}
