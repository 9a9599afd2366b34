package dev.statuskit.server.mock;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.CombinedChannelDuplexHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.List;

/**
 * HTTP/1.1 bytes to request messages and responses back to bytes. Final responses come already in
 * bytes ({@link Http1Response}) and go to the socket as they are; Netty's encoder writes the rest
 * (interim responses, dripped bodies, refusals from the stages before the dispatcher).
 *
 * <p>Netty's server codec would keep a queue of request methods, one entry per request, that only
 * its encoder empties; responses written as bytes would never empty it. The writer answers HEAD
 * itself, so the methods are not needed here.
 */
final class Http1Codec extends CombinedChannelDuplexHandler<HttpRequestDecoder, HttpResponseEncoder>
    implements HttpServerUpgradeHandler.SourceCodec {

  Http1Codec(HttpDecoderConfig config) {
    super(new RequestDecoder(config), new ResponseEncoder());
  }

  /** Whether bytes of a request are read but not decoded yet (the next one has begun). */
  boolean buffered() {
    return ((RequestDecoder) inboundHandler()).buffered();
  }

  /** The connection switched to HTTP/2: HTTP/1.1 is no longer spoken on it. */
  @Override
  public void upgradeFrom(ChannelHandlerContext ctx) {
    ctx.pipeline().remove(this);
  }

  private static final class RequestDecoder extends HttpRequestDecoder {
    private boolean started;

    RequestDecoder(HttpDecoderConfig config) {
      super(config);
    }

    boolean buffered() {
      return actualReadableBytes() > 0;
    }

    /**
     * Most requests have no body: the decoder follows them at once with the shared empty last
     * content. Those go on as whole requests, so the body limit's aggregator passes them without
     * building a composite buffer for a body that is not there. Two kinds go the long way, as they
     * came: the first request of a connection, which may ask to upgrade to h2c (Netty's upgrade
     * stage only looks at requests in parts), and requests with Expect, which the aggregator
     * answers.
     */
    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf buffer, List<Object> out)
        throws Exception {
      int before = out.size();
      super.decode(ctx, buffer, out);
      boolean first = !started;
      started |= out.size() > before;
      if (!first
          && out.size() == before + 2
          && out.get(before + 1) == LastHttpContent.EMPTY_LAST_CONTENT
          && out.get(before) instanceof HttpRequest request
          && !(request instanceof FullHttpRequest)
          && !request.headers().contains(HttpHeaderNames.EXPECT)) {
        out.set(before, Call.whole(request));
        out.remove(before + 1);
      }
    }
  }

  private static final class ResponseEncoder extends HttpResponseEncoder {
    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
        throws Exception {
      if (msg instanceof Http1Response bytes) {
        ctx.write(bytes.content(), promise);
        return;
      }
      super.write(ctx, msg, promise);
    }
  }
}
