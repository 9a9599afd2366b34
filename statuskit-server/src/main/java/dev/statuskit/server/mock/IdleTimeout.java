package dev.statuskit.server.mock;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection with no traffic either way for the idle timeout, whatever it speaks (HTTP/1.1
 * or HTTP/2). It also ends {@code /fault/hang}.
 */
final class IdleTimeout extends IdleStateHandler {

  IdleTimeout(Duration timeout) {
    super(0, 0, timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent evt) {
    ctx.close();
  }
}
