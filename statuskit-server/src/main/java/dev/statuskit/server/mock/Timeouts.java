package dev.statuskit.server.mock;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A connection's two clocks. The idle timeout closes a connection with no traffic either way for
 * that long, whatever it speaks; it also ends {@code /fault/hang}. The request timeout is against
 * slowloris-style clients: once the first byte of a request arrives, the whole request must follow
 * within it, or the connection is closed (a byte every few seconds would keep an idle timeout happy
 * forever). The dispatcher says when a request is whole ({@link #requestRead}). On HTTP/2 each
 * stream has a request clock of its own, and closing the stream resets it (RST_STREAM).
 *
 * <p>One timer per connection, not one per request or per write: reads and writes only note the
 * time, and the timer, when it fires, closes the connection if a clock has run out, or sleeps until
 * the nearer one would. (Scheduling and cancelling a timer, or a listener on every write, costs
 * more than answering tens of thousands of requests a second.)
 */
final class Timeouts extends ChannelDuplexHandler {
  private static final long NOT_READING = -1;
  private static final long NONE = 0;

  private final long requestNanos;
  private final long idleNanos;
  private final BooleanSupplier unread;
  private boolean requests = true;
  private long requestStarted = NOT_READING;
  private long lastTraffic;
  private ScheduledFuture<?> timer;

  /**
   * Both clocks, for a connection.
   *
   * @param unread whether bytes of the next request have been read but not yet decoded
   */
  static Timeouts connection(Duration request, Duration idle, BooleanSupplier unread) {
    return new Timeouts(request.toNanos(), idle.toNanos(), unread);
  }

  /** The request clock alone, for an HTTP/2 stream (the connection has the idle clock). */
  static Timeouts stream(Duration request) {
    return new Timeouts(request.toNanos(), NONE, () -> false);
  }

  private Timeouts(long requestNanos, long idleNanos, BooleanSupplier unread) {
    this.requestNanos = requestNanos;
    this.idleNanos = idleNanos;
    this.unread = unread;
  }

  /**
   * The request being read is whole: its clock stops until the next request's first byte. When that
   * byte came with this request (pipelining), the next clock starts now: no later read would start
   * it, and a client could send half a request behind a whole one and stall.
   */
  void requestRead() {
    requestStarted = requests && unread.getAsBoolean() ? System.nanoTime() : NOT_READING;
  }

  /**
   * The connection switched to HTTP/2: its streams time their own requests, and the connection
   * keeps only the idle clock.
   */
  void streamsTimeRequests() {
    requests = false;
    requestStarted = NOT_READING;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    if (ctx.channel().isActive()) {
      start(ctx);
    }
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    start(ctx);
    super.channelActive(ctx);
  }

  private void start(ChannelHandlerContext ctx) {
    lastTraffic = System.nanoTime();
    if (idleNanos != NONE && timer == null) {
      arm(ctx, untilNearer(lastTraffic));
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    long now = System.nanoTime();
    lastTraffic = now;
    if (requests && requestStarted == NOT_READING && startsRequest(msg)) {
      requestStarted = now;
      if (timer == null) {
        arm(ctx, requestNanos);
      }
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    lastTraffic = System.nanoTime();
    ctx.write(msg, promise);
  }

  private void arm(ChannelHandlerContext ctx, long delayNanos) {
    timer = ctx.executor().schedule(() -> expire(ctx), delayNanos, TimeUnit.NANOSECONDS);
  }

  /** The timer fired: close when a clock has run out, else sleep until the nearer one would. */
  private void expire(ChannelHandlerContext ctx) {
    timer = null;
    if (!ctx.channel().isActive()) {
      return;
    }
    long wait = untilNearer(System.nanoTime());
    if (wait <= 0) {
      ctx.close();
    } else if (wait != Long.MAX_VALUE) {
      arm(ctx, wait);
    }
    // else: a stream between requests; the next request's first byte arms the timer again
  }

  /**
   * How long until a clock runs out (zero or less: it has), or Long.MAX_VALUE for no clock running.
   * Between requests a connection's timer wakes at least once per request timeout: then a request
   * that starts while the timer sleeps is looked at by its deadline, and closed on time.
   */
  private long untilNearer(long now) {
    long wait = idleNanos != NONE ? idleNanos - (now - lastTraffic) : Long.MAX_VALUE;
    if (requestStarted != NOT_READING) {
      wait = Math.min(wait, requestNanos - (now - requestStarted));
    } else if (requests && idleNanos != NONE) {
      wait = Math.min(wait, requestNanos);
    }
    return wait;
  }

  /**
   * Bytes on an HTTP/1.1 connection; the first HEADERS frame on an HTTP/2 stream (a stream carries
   * one request, so its clock starts once).
   */
  private static boolean startsRequest(Object msg) {
    return msg instanceof ByteBuf buf && buf.isReadable() || msg instanceof Http2HeadersFrame;
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    stop();
    super.channelInactive(ctx);
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    stop();
  }

  private void stop() {
    requestStarted = NOT_READING;
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
