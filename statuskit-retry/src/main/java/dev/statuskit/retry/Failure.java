package dev.statuskit.retry;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * What a try that ended without a response tells about the request: whether it can have reached the
 * server, and whether trying again can help.
 */
enum Failure {
  /** The connection was never made, so nothing was sent: safe to retry any method. */
  NOT_SENT("the connection could not be made, so the request was never sent"),
  /**
   * The request may have reached the server and been acted on (a reset, a timeout waiting for the
   * response, a connection closed without an answer): safe to retry only when a repeat is harmless.
   */
  MAYBE_PROCESSED("the request may have reached the server before the failure"),
  /** Trying again fails the same way: an unknown host, a certificate, a bug, an interrupt. */
  PERMANENT("trying again fails the same way");

  /** Cause chains are short; a longer one is a cycle. */
  private static final int MAX_DEPTH = 16;

  private final String meaning;

  Failure(String meaning) {
    this.meaning = meaning;
  }

  String meaning() {
    return meaning;
  }

  /** The failure behind wrappers: the first known kind on the cause chain. */
  static Failure of(Throwable thrown) {
    Throwable t = unwrapped(thrown);
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
      Failure kind = direct(t);
      if (kind != null) {
        return kind;
      }
    }
    // An IOException we cannot place: the request may have gone out.
    return unwrapped(thrown) instanceof IOException ? MAYBE_PROCESSED : PERMANENT;
  }

  /** The exception that failed the try, without the wrappers of a future. */
  static Throwable unwrapped(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static Failure direct(Throwable t) {
    // Order matters: a connect timeout is a timeout, a timeout is an interrupted I/O.
    if (t instanceof HttpConnectTimeoutException
        || t instanceof ConnectException
        || t instanceof NoRouteToHostException) {
      return NOT_SENT;
    }
    if (t instanceof UnknownHostException
        || t instanceof SSLHandshakeException
        || t instanceof SSLPeerUnverifiedException) {
      // A name that does not resolve or a certificate that is not trusted stays so on a retry.
      return PERMANENT;
    }
    if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
      return MAYBE_PROCESSED;
    }
    if (t instanceof InterruptedIOException || t instanceof InterruptedException) {
      // The caller asked the work to stop; retrying would ignore that.
      return PERMANENT;
    }
    if (t instanceof UncheckedIOException) {
      return null; // look at the IOException inside
    }
    if (!(t instanceof Exception) || t instanceof RuntimeException) {
      // A bug or bad input (IllegalArgumentException, NullPointerException), or an Error.
      return PERMANENT;
    }
    return null;
  }
}
