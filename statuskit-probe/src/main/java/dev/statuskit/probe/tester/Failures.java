package dev.statuskit.probe.tester;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NoHttpResponseException;

/** Turns what the network layer threw into the one line a user reads. */
final class Failures {
  private Failures() {}

  /**
   * @param e what was thrown
   * @param expired whether the request's deadline passed (the request was cancelled then)
   * @param timeout the deadline, for the message
   */
  static String describe(IOException e, boolean expired, Duration timeout) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LoopbackGuard.Refused) {
        return t.getMessage();
      }
    }
    if (expired || e instanceof SocketTimeoutException && !(e instanceof ConnectTimeoutException)) {
      return "no complete response within " + seconds(timeout) + " (timeout)";
    }
    if (e instanceof ConnectTimeoutException) {
      return "no connection within " + seconds(timeout) + " (timeout)";
    }
    if (e instanceof UnknownHostException) {
      return "unknown host (no DNS address for " + oneLine(e) + ")";
    }
    if (e instanceof ConnectException) {
      return "connection refused (nothing listens there)";
    }
    if (e instanceof NoRouteToHostException) {
      return "no route to host";
    }
    if (e instanceof SSLException) {
      return "TLS failure: " + tls(oneLine(e));
    }
    if (e instanceof NoHttpResponseException) {
      return "the server closed the connection without a response";
    }
    if (e instanceof ConnectionClosedException) {
      return "the response was cut short: " + oneLine(e);
    }
    if (e instanceof SocketException
        && oneLine(e).toLowerCase(java.util.Locale.ROOT).contains("reset")) {
      return "the server reset the connection";
    }
    if (e.getCause() instanceof HttpException h) {
      return "not a valid HTTP response: " + oneLine(h);
    }
    if (e instanceof InterruptedIOException) {
      return "the request was interrupted";
    }
    return "no response (" + e.getClass().getSimpleName() + ": " + oneLine(e) + ")";
  }

  /** The JDK's TLS messages, with a hint for the two everybody meets. */
  private static String tls(String message) {
    if (message.contains("PKIX") || message.contains("certification path")) {
      return "the server's certificate is not trusted (" + message + ")";
    }
    if (message.contains("Unsupported or unrecognized SSL message")) {
      return message + " (is the server plain http?)";
    }
    return message;
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank()
        ? e.getClass().getSimpleName()
        : m.replaceAll("\\s+", " ").strip();
  }
}
