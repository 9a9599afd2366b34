package dev.statuskit.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Headers;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tries that ended without a response: which may be sent again, for which methods. */
class FailureDecisionTest {

  private final RetryPolicy policy = RetryPolicy.builder().clock(new FakeTime()).build();

  static Stream<Arguments> failures() {
    return Stream.of(
        // failure, GET retried, POST retried, POST with Idempotency-Key retried
        Arguments.of(new ConnectException("Connection refused"), true, true, true),
        Arguments.of(new HttpConnectTimeoutException("HTTP connect timed out"), true, true, true),
        Arguments.of(new IOException("Connection reset"), true, false, true),
        Arguments.of(new EOFException("EOF reached while reading"), true, false, true),
        Arguments.of(new HttpTimeoutException("request timed out"), true, false, true),
        Arguments.of(new SocketTimeoutException("Read timed out"), true, false, true),
        Arguments.of(new UnknownHostException("api.example.invalid"), false, false, false),
        Arguments.of(new SSLHandshakeException("PKIX path building failed"), false, false, false),
        Arguments.of(new InterruptedIOException(), false, false, false),
        Arguments.of(new IllegalArgumentException("bad URI"), false, false, false),
        Arguments.of(new CompletionException(new ConnectException()), true, true, true),
        Arguments.of(new ExecutionException(new IOException("reset")), true, false, true),
        Arguments.of(
            new UncheckedIOException(new ConnectException("Connection refused")), true, true, true),
        Arguments.of(new IOException("wrapped", new ConnectException()), true, true, true));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void retriesOnlyWhereARepeatIsHarmless(
      Throwable failure, boolean get, boolean post, boolean keyedPost) {
    assertThat(decide("GET", failure).retry()).as("GET after %s", failure).isEqualTo(get);
    assertThat(decide("POST", failure).retry()).as("POST after %s", failure).isEqualTo(post);
    assertThat(decide("POST", failure, "Idempotency-Key", "k-1").retry())
        .as("keyed POST after %s", failure)
        .isEqualTo(keyedPost);
  }

  @ParameterizedTest
  @MethodSource("failures")
  void neverRetriesPastTheLastAttempt(Throwable failure) {
    Attempt last = new Attempt(3, "GET", Headers.empty(), Duration.ZERO);

    assertThat(policy.decide(last, failure).retry()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void saysWhatFailedAndWhy() {
    assertThat(decide("POST", new IOException("Connection reset")).reason())
        .isEqualTo(
            "IOException (Connection reset): the request may have reached the server before the"
                + " failure, and POST is not idempotent (RFC 9110 §9.2.2) and carries no"
                + " Idempotency-Key: a second try could apply it twice");
    assertThat(decide("GET", new UnknownHostException("api.example.invalid")).reason())
        .isEqualTo("UnknownHostException (api.example.invalid): trying again fails the same way");
    assertThat(decide("POST", new ConnectException()).reason())
        .startsWith(
            "ConnectException: the connection could not be made, so the request was never sent;"
                + " backing off ");
  }

  private RetryDecision decide(String method, Throwable failure, String... headers) {
    return policy.decide(new Attempt(1, method, Headers.of(headers), Duration.ZERO), failure);
  }
}
