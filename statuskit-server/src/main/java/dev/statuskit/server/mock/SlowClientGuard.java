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
 */
final class SlowClientGuard extends ChannelDuplexHandler {
  /** The event the dispatcher fires through the pipeline when a whole request has arrived. */
  static final Object REQUEST_READ = new Object();

  private final long timeoutNanos;
  private ScheduledFuture<?> deadline;

  SlowClientGuard(Duration requestTimeout) {
    this.timeoutNanos = requestTimeout.toNanos();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (deadline == null && startsRequest(msg)) {
      deadline =
          ctx.executor()
              .schedule(
                  () -> {
                    ctx.close();
                  },
                  timeoutNanos,
                  TimeUnit.NANOSECONDS);
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt == REQUEST_READ) {
      disarm();
      return;
    }
    super.userEventTriggered(ctx, evt);
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
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
  }
}
