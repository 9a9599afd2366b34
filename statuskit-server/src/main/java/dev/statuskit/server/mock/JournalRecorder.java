package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.Request;
import dev.statuskit.server.web.WebUi;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every request and the status it got in the journal, credentials redacted. It sits before
 * the body limit, so requests refused there (413, 417) are recorded too; a request whose connection
 * closes unanswered (a fault, a timeout) is recorded with status 0. Admin and web UI requests are
 * not recorded: the journal is about the traffic under test.
 */
final class JournalRecorder extends ChannelDuplexHandler {
  /** A request waiting for its status: the entry's fields but those two. */
  private record Pending(
      long startNanos, Instant at, String client, String method, String target, Headers headers) {}

  /** Stands in the queue for a request that is not recorded, so responses still pair up. */
  private static final Pending NOT_RECORDED = new Pending(0, Instant.EPOCH, "", "", "", null);

  /** The most header names whose secrecy is remembered. */
  private static final int MAX_NAMES = 256;

  /**
   * Whether each header name is a credential: the same few names come with every request, on every
   * connection and HTTP/2 stream (each stream has its own recorder), and deciding takes a regular
   * expression.
   */
  private static final Map<String, Boolean> SECRET_NAMES = new ConcurrentHashMap<>();

  private final Journal journal;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  private String client;

  JournalRecorder(Journal journal) {
    this.journal = journal;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    if (msg instanceof HttpRequest request && pending.size() < Limits.MAX_PIPELINED) {
      boolean recorded = !isAdmin(request.uri()) && !isUi(request.uri());
      pending.add(recorded ? pending(ctx, request) : NOT_RECORDED);
    }
    super.channelRead(ctx, msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
      throws Exception {
    if (msg instanceof Http1Response response) {
      record(response.status());
    } else if (msg instanceof HttpResponse response
        && response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
      record(response.status().code());
    }
    super.write(ctx, msg, promise);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    while (!pending.isEmpty()) {
      record(0);
    }
    super.channelInactive(ctx);
  }

  private void record(int status) {
    Pending p = pending.poll();
    if (p == null || p == NOT_RECORDED) {
      return;
    }
    long millis = (System.nanoTime() - p.startNanos()) / 1_000_000;
    journal.add(
        new Journal.Entry(p.at(), p.client(), p.method(), p.target(), p.headers(), status, millis));
  }

  /** The admin API's requests are about the journal, not traffic under test. */
  private static boolean isAdmin(String target) {
    return target.startsWith(Admin.PREFIX);
  }

  /** The web UI's own traffic (pages, files, its API) is not traffic under test either. */
  private static boolean isUi(String target) {
    return target.startsWith(WebUi.PREFIX) || target.equals("/ui") || target.startsWith("/ui?");
  }

  private Pending pending(ChannelHandlerContext ctx, HttpRequest request) {
    List<Headers.Field> fields = new ArrayList<>(request.headers().size());
    for (Map.Entry<String, String> h : request.headers()) {
      String name = h.getKey();
      fields.add(new Headers.Field(name, isSecret(name) ? Headers.REDACTED : h.getValue()));
    }
    return new Pending(
        System.nanoTime(),
        Instant.now(),
        client(ctx),
        request.method().name(),
        shownTarget(request.method().name(), request.uri()),
        Headers.of(fields));
  }

  private static boolean isSecret(String name) {
    Boolean secret = SECRET_NAMES.get(name);
    if (secret == null) {
      secret = Headers.isSecret(name);
      if (SECRET_NAMES.size() < MAX_NAMES) {
        SECRET_NAMES.put(name, secret);
      }
    }
    return secret;
  }

  /**
   * The target with credentials redacted. A path with no query or parameters ({@code ? & ;}) and no
   * user info has none to redact, and most targets are plain paths, so they skip the regular
   * expressions.
   */
  static String shownTarget(String method, String target) {
    if (target.startsWith("/")
        && target.indexOf('?') < 0
        && target.indexOf('&') < 0
        && target.indexOf(';') < 0) {
      return target;
    }
    return new Request(method, target, Optional.empty(), Optional.empty()).shownTarget();
  }

  /** The remote address, without the port; one per connection. */
  private String client(ChannelHandlerContext ctx) {
    if (client == null) {
      client = Call.host(ctx.channel().remoteAddress());
    }
    return client;
  }
}
