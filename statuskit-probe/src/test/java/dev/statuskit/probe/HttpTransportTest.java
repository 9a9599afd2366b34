package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpTransportTest {

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(new UnknownHostException("api.invalid"), "unknown host", true),
        Arguments.of(
            new ConnectTimeoutException("Connect timed out"),
            "no connection within 5 s (connect timeout)",
            true),
        Arguments.of(
            new HttpHostConnectException("Connection refused"), "connection refused", true),
        Arguments.of(new ConnectException("Connection refused"), "connection refused", true),
        Arguments.of(new NoRouteToHostException("No route"), "no route to host", true),
        Arguments.of(new SSLHandshakeException("PKIX path building failed"), "TLS failure", true),
        Arguments.of(
            new SocketTimeoutException("Read timed out"),
            "no response within 250 ms (response timeout)",
            false),
        Arguments.of(
            new NoHttpResponseException("failed to respond"),
            "no response (NoHttpResponseException)",
            false));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("failures")
  void namesEachFailureInFixedWords(IOException e, String reason, boolean unreachable) {
    ProbeFailure f = HttpTransport.failure(e, Duration.ofSeconds(5), Duration.ofMillis(250));

    assertThat(f.reason()).isEqualTo(reason);
    assertThat(f.unreachable()).isEqualTo(unreachable);
    assertThat(f.describe()).startsWith(reason).doesNotContain("\n");
  }
}
