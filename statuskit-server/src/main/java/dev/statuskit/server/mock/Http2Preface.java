package dev.statuskit.server.mock;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http2.Http2CodecUtil;
import java.util.List;

/**
 * Tells an HTTP/2 client with prior knowledge (RFC 9113 §3.3) from an HTTP/1.1 one by the first
 * bytes of the connection: the HTTP/2 connection preface switches the connection to HTTP/2, any
 * other bytes leave it HTTP/1.1. Either way this stage then leaves, handing on what it read.
 */
final class Http2Preface extends ByteToMessageDecoder {
  private static final ByteBuf PREFACE = Http2CodecUtil.connectionPrefaceBuf().asReadOnly();

  private final Runnable toHttp2;

  /** toHttp2 switches the pipeline to HTTP/2, after this stage. */
  Http2Preface(Runnable toHttp2) {
    this.toHttp2 = toHttp2;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    int length = PREFACE.readableBytes();
    int seen = Math.min(in.readableBytes(), length);
    if (!ByteBufUtil.equals(PREFACE, PREFACE.readerIndex(), in, in.readerIndex(), seen)) {
      ctx.pipeline().remove(this);
    } else if (seen == length) {
      toHttp2.run();
      ctx.pipeline().remove(this);
    }
    // else: a prefix of the preface so far; wait for more bytes
  }
}
