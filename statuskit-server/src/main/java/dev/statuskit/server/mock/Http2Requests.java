package dev.statuskit.server.mock;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import java.util.List;

/**
 * An HTTP/2 stream's request as the dispatcher reads it: marked HTTP/2.0 (the frame codec calls
 * every message HTTP/1.1), and without the fields the client never sent: Netty's {@code x-http2-*}
 * bookkeeping and the {@code Transfer-Encoding: chunked} it adds to a body of unknown length (a
 * field HTTP/2 forbids, RFC 9113 §8.2.2). Echoes and the journal then show the request as sent.
 */
final class Http2Requests extends ChannelInboundHandlerAdapter {
  static final HttpVersion HTTP_2 = HttpVersion.valueOf("HTTP/2.0");

  private static final String NETTY_PREFIX = "x-http2-";

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    if (msg instanceof HttpRequest request) {
      request.setProtocolVersion(HTTP_2);
      List<String> added =
          request.headers().names().stream()
              .filter(
                  n ->
                      n.regionMatches(true, 0, NETTY_PREFIX, 0, NETTY_PREFIX.length())
                          || HttpHeaderNames.TRANSFER_ENCODING.contentEqualsIgnoreCase(n))
              .toList();
      added.forEach(request.headers()::remove);
    }
    super.channelRead(ctx, msg);
  }
}
