package dev.statuskit.server.mock;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;

/**
 * Reads each request whole, up to the body limit, and answers expectations (RFC 9110 §10.1.1):
 * {@code Expect: 100-continue} gets 100 Continue before the body is read, or 413 when the declared
 * length is over the limit; any other expectation gets 417. A body that turns out larger than the
 * limit gets 413 and the connection closes. These responses are built from the registry like all
 * others.
 */
final class BodyLimit extends HttpObjectAggregator {

  BodyLimit(int maxBodyBytes) {
    super(maxBodyBytes, true);
  }

  @Override
  protected Object newContinueResponse(
      HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
    Object netty = super.newContinueResponse(start, maxContentLength, pipeline);
    if (!(netty instanceof HttpResponse response) || !(start instanceof HttpRequest request)) {
      return netty;
    }
    int status = response.status().code();
    if (status == 100) {
      ReferenceCountUtil.release(netty);
      return new DefaultFullHttpResponse(
          HttpVersion.HTTP_1_1, StatusLines.of(100), Unpooled.EMPTY_BUFFER);
    }
    ReferenceCountUtil.release(netty);
    String detail =
        status == 413
            ? "the body is declared larger than the " + maxContentLength + " bytes the server reads"
            : "the server meets no expectation but 100-continue";
    return refusal(request, status, detail);
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized)
      throws Exception {
    if (!(oversized instanceof HttpRequest request)) {
      super.handleOversizedMessage(ctx, oversized);
      return;
    }
    // The rest of the body is still on its way, so the connection cannot carry another request.
    ctx.writeAndFlush(
            refusal(
                request,
                413,
                "the body is larger than the " + maxContentLength() + " bytes the server reads"))
        .addListener(f -> ctx.close());
  }

  private static FullHttpResponse refusal(HttpRequest request, int status, String detail) {
    Call call = new Call(Call.whole(request), null, "-");
    Reply reply = StatusReplies.problem(status, call, detail).replacing("Connection", "close");
    // A response to HEAD has no content (RFC 9110 §9.3.2), though it keeps the length.
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            StatusLines.of(status),
            call.isHead() ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(reply.body()));
    reply.headers().fields().forEach(f -> response.headers().add(f.name(), f.value()));
    response.headers().set("Date", HttpDates.now());
    response.headers().set("Content-Length", reply.body().length);
    return response;
  }
}
