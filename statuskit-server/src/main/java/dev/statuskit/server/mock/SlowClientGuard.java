package dev.statuskit.server.mock;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Against slowloris-style clients: once the first byte of a request arrives, the whole request must
 * follow within the request timeout, or the connection is closed. (A byte every few seconds would
 * keep an idle timeout happy forever.) The dispatcher tells it, with {@link #REQUEST_READ}, when a
 * request is complete. On HTTP/2 each stream has one, and closing the stream resets it
 * (RST_STREAM).
 *
 * <p>One timer per connection, not one per request: requests only note when they started, and the
 * timer, when it fires, closes the connection if the request being read is overdue, or sleeps again
 * until it would be. (Scheduling and cancelling a timer for each of tens of thousands of requests a
 * second costs more than answering them.)
 */
final class SlowClientGuard extends ChannelDuplexHandler {
  /** The event the dispatcher fires through the pipeline when a whole request has arrived. */
  static final Object REQUEST_READ = new Object();

  private static final long NOT_READING = -1;

  private final long timeoutNanos;
  private long requestStarted = NOT_READING;
  private ScheduledFuture<?> timer;

  SlowClientGuard(Duration requestTimeout) {
    this.timeoutNanos = requestTimeout.toNanos();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (requestStarted == NOT_READING && startsRequest(msg)) {
      requestStarted = System.nanoTime();
      if (timer == null) {
        arm(ctx, timeoutNanos);
      }
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt == REQUEST_READ) {
      requestStarted = NOT_READING; // the timer stays: the next request will likely need it
      return;
    }
    super.userEventTriggered(ctx, evt);
  }

  private void arm(ChannelHandlerContext ctx, long delayNanos) {
    timer = ctx.executor().schedule(() -> expire(ctx), delayNanos, TimeUnit.NANOSECONDS);
  }

  /** The timer fired: close on an overdue request, else wait for the one being read, if any. */
  private void expire(ChannelHandlerContext ctx) {
    timer = null;
    if (requestStarted == NOT_READING || !ctx.channel().isActive()) {
      return; // between requests: the next one arms the timer again
    }
    long left = timeoutNanos - (System.nanoTime() - requestStarted);
    if (left <= 0) {
      ctx.close();
    } else {
      arm(ctx, left);
    }
  }

  /**
   * Bytes on an HTTP/1.1 connection; the first HEADERS frame on an HTTP/2 stream (a stream carries
   * one request, so its deadline is armed once).
   */
  private static boolean startsRequest(Object msg) {
    return msg instanceof ByteBuf buf && buf.isReadable() || msg instanceof Http2HeadersFrame;
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    disarm(); // the connection switched to HTTP/2, where each stream has its own guard
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    disarm();
    super.channelInactive(ctx);
  }

  private void disarm() {
    requestStarted = NOT_READING;
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
