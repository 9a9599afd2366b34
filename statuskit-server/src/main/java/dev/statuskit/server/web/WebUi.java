package dev.statuskit.server.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The web UI of {@code statuskit serve} and {@code statuskit ui}: the reference (search, a page per
 * code, filter by class), the tester (send a request, see its status explained and what is wrong
 * with it), the rule catalogue, and log analytics for a dropped access log. It is a few static
 * files and a JSON API under {@value #PREFIX}; it holds no network code of its own, so any server
 * can mount it: the mock server does, on its own port.
 *
 * <pre>{@code
 * try (WebUi ui = WebUi.builder().build()) {
 *   WebResponse page = ui.handle(WebRequest.get("/ui/codes/429", headers)).toCompletableFuture().join();
 * }
 * }</pre>
 *
 * <p>The tester sends requests from this machine, so by default it reaches only loopback addresses
 * ({@link Builder#allowRemoteTargets}), and its API refuses requests that other web pages could
 * make the user's browser send (see the package's same-origin rules). Blocking work (the tester,
 * stats) runs on small bounded pools, never on the calling thread; everything else is answered at
 * once.
 */
public final class WebUi implements AutoCloseable {
  /** Where the UI lives on the server that mounts it. */
  public static final String PREFIX = "/ui/";

  /** The body limit the UI asks of its server by default: stats reads logs up to this size. */
  public static final int DEFAULT_MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(WebUi.class.getName());

  private final Pages pages;

  private WebUi(Builder b) {
    this.pages = new Pages(b.allowRemoteTargets, b.maxUploadBytes, new SameOrigin(b.boundHost));
  }

  /** Defaults: loopback targets only, uploads up to 16 MiB, bound to 127.0.0.1. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Answers one request whose path starts with {@value #PREFIX} (or is {@code /ui}). Pages, files
   * and lookups complete at once; the tester and stats complete later, on the UI's own threads.
   */
  public CompletionStage<WebResponse> handle(WebRequest request) {
    try {
      return pages.handle(request);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the web UI failed on " + request.method() + " " + request.path(), e);
      return CompletableFuture.completedFuture(
          Json.problem(500, "the web UI failed on this request; its log has the details"));
    }
  }

  /** Whether the tester may reach addresses other than this machine's loopback ones. */
  public boolean allowsRemoteTargets() {
    return pages.allowRemoteTargets();
  }

  /** Stops the UI's threads; work in progress is abandoned. */
  @Override
  public void close() {
    pages.close();
  }

  /** The UI's settings; each has a default. */
  public static final class Builder {
    private boolean allowRemoteTargets;
    private int maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
    private String boundHost = "127.0.0.1";

    private Builder() {}

    /**
     * Lets the tester send to any address, not only loopback ones (off by default). With it, anyone
     * who can open the UI can make this machine send requests anywhere it can reach: turn it on
     * only for a UI bound to loopback.
     */
    public Builder allowRemoteTargets(boolean allow) {
      this.allowRemoteTargets = allow;
      return this;
    }

    /** The largest log the stats page takes; match the server's body limit. */
    public Builder maxUploadBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxUploadBytes must be positive: " + bytes);
      }
      this.maxUploadBytes = bytes;
      return this;
    }

    /**
     * The host name the server was bound to: besides localhost and IP addresses, the one name under
     * which the UI's actions are accepted (against DNS rebinding).
     */
    public Builder boundHost(String host) {
      this.boundHost = host;
      return this;
    }

    public WebUi build() {
      return new WebUi(this);
    }
  }
}
