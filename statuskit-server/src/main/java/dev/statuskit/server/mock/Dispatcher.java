package dev.statuskit.server.mock;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The end of the pipeline: finds the route for each whole request, runs its handler, and hands the
 * reply to the {@link Wire}. One connection's requests are answered in order (HTTP/1.1 pipelining,
 * RFC 9112 §9.3.2): a request that arrives while another is still being answered waits its turn.
 */
final class Dispatcher extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
  private static final AtomicLong IDS = new AtomicLong();

  private final RouteTable routes;
  private final HttpVersion spoken;
  private final String spokenMajor;
  private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
  private boolean busy;
  private Runnable next; // one per connection, not one per request
  private Timeouts timeouts;

  /** A dispatcher for requests of the spoken version's major: HTTP/1.x, or HTTP/2 streams. */
  Dispatcher(RouteTable routes, HttpVersion spoken) {
    super(false); // requests are released when their turn is over
    this.routes = routes;
    this.spoken = spoken;
    this.spokenMajor = "HTTP/" + spoken.majorVersion() + ".";
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    timeouts = ctx.pipeline().get(Timeouts.class);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    timeouts.requestRead();
    if (busy) {
      if (waiting.size() >= Limits.MAX_PIPELINED) {
        request.release();
        ctx.close();
        return;
      }
      waiting.add(request);
      return;
    }
    answer(ctx, request);
  }

  private void answer(ChannelHandlerContext ctx, FullHttpRequest request) {
    busy = true;
    Call call =
        new Call(request, ctx.channel().remoteAddress(), Long.toHexString(IDS.incrementAndGet()));
    Reply reply;
    try {
      reply = reply(call, request.decoderResult());
    } finally {
      request.release();
    }
    if (next == null) {
      next = () -> next(ctx);
    }
    if (reply.later().isPresent()) {
      // Blocking work runs elsewhere; its reply is written from this connection's event loop.
      reply
          .later()
          .get()
          .whenComplete(
              (done, failure) ->
                  ctx.executor()
                      .execute(() -> Wire.send(ctx, call, done(call, done, failure), next)));
      return;
    }
    Wire.send(ctx, call, reply, next);
  }

  /** The reply of deferred work, or a 500 naming the request when the work failed. */
  private static Reply done(Call call, Reply reply, Throwable failure) {
    if (reply != null && reply.later().isEmpty()) {
      return reply;
    }
    return failed(call, failure);
  }

  /** The client learns that it failed and under which id; the details stay in the log. */
  private static Reply failed(Call call, Throwable failure) {
    LOG.log(Level.WARNING, "request " + call.requestId() + " failed", failure);
    return StatusReplies.problem(
        500, call, "the mock server failed; see its log for request " + call.requestId());
  }

  private void next(ChannelHandlerContext ctx) {
    busy = false;
    FullHttpRequest following = waiting.poll();
    if (following != null) {
      answer(ctx, following);
    }
  }

  private Reply reply(Call call, DecoderResult decoded) {
    if (decoded.isFailure()) {
      return malformed(call, decoded.cause());
    }
    if (!call.protocol().startsWith(spokenMajor)) {
      // RFC 9110 §15.6.6: the major version is not one this server speaks.
      return StatusReplies.problem(
              505,
              call,
              "this server speaks " + spoken.text() + ", not " + Numbers.shorten(call.protocol()))
          .replacing("Connection", "close");
    }
    try {
      return route(call);
    } catch (Refusal r) {
      return StatusReplies.problem(r.status(), call, r.detail());
    } catch (IllegalArgumentException e) {
      // Netty's URI decoding or header validation refused something the request asked for.
      return StatusReplies.problem(
          400,
          call,
          "the request asks for something invalid: "
              + Numbers.shorten(String.valueOf(e.getMessage())));
    } catch (RuntimeException e) {
      return failed(call, e);
    }
  }

  private Reply route(Call call) {
    String path = call.path();
    Optional<Route> pathOnly = Optional.empty();
    for (Route route : routes.candidates(path)) {
      Optional<Map<String, String>> params = route.match(path);
      if (params.isEmpty()) {
        continue;
      }
      if (route.answers(call.method())) {
        return route.handler().handle(call.withParams(params.get()));
      }
      pathOnly = Optional.of(route);
    }
    if (pathOnly.isPresent()) {
      Route r = pathOnly.get();
      if (call.method().equals(HttpMethod.OPTIONS.name())) {
        return Reply.empty(204).with("Allow", r.allow());
      }
      return StatusReplies.problem(
              405, call, r.pattern() + " answers " + r.allow() + ", not " + call.method())
          .replacing("Allow", r.allow());
    }
    return StatusReplies.problem(
        404, call, "no endpoint at " + Numbers.shorten(path) + "; GET / lists them all");
  }

  /**
   * A request the decoder could not read: 414 for a request line over the limit, 431 for too large
   * a header section, 400 otherwise; the connection is closed after it, since where the next
   * request would start is unknown (RFC 9112 §2.2).
   */
  private static Reply malformed(Call call, Throwable cause) {
    int status;
    String detail;
    if (cause instanceof TooLongHttpLineException) {
      status = 414;
      detail = "the request line is longer than the server reads";
    } else if (cause instanceof TooLongHttpHeaderException) {
      status = 431;
      detail = "the header section is larger than the server reads";
    } else {
      status = 400;
      detail =
          "the request is not valid HTTP/1.1: "
              + Numbers.shorten(String.valueOf(cause.getMessage()));
    }
    return StatusReplies.problem(status, call, detail).replacing("Connection", "close");
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    waiting.forEach(FullHttpRequest::release);
    waiting.clear();
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // A client that resets its connection is no news; anything else is worth a line.
    if (!(cause instanceof java.io.IOException)) {
      LOG.log(Level.FINE, "connection failed", cause);
    }
    ctx.close();
  }
}
