package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Puts a {@link Reply} on the wire: interim responses first, then the delay, then the final
 * response (whole, or dripped), or the fault instead. Every final response gets Date (RFC 9110
 * §6.6.1), X-Request-Id, Server and the Content-Length of {@link #contentLength}; a response to
 * HEAD keeps GET's Content-Length and drops the content (RFC 9110 §9.3.2). On HTTP/1.1 the writer
 * also decides whether the connection outlives the response ({@link #connection}).
 */
final class Wire {
  /** How many writes a dripped body is cut into at most. */
  static final int MAX_DRIP_SLICES = 100;

  static final String SERVER = "statuskit";

  private static final String CLOSE = "close";
  private static final String KEEP_ALIVE = "keep-alive";

  /**
   * Headers for responses Netty encodes (HTTP/2 streams, dripped bodies) without its checks of
   * names and values: every field is a constant, comes from the registry, or was checked when the
   * request chose it ({@link FieldCheck}: query options, scenario files), and values taken from
   * request headers cannot hold a line break (the decoder refuses them). Checking each character
   * again on every response cost about 4% of the server's time under load.
   */
  private static final HttpHeadersFactory TRUSTED =
      DefaultHttpHeadersFactory.headersFactory().withValidation(false);

  private Wire() {}

  /** Sends the reply; done runs once the last byte is written, or the connection is gone. */
  static void send(ChannelHandlerContext ctx, Call call, Reply reply, Runnable done) {
    for (Reply.Interim interim : reply.interim()) {
      FullHttpResponse hint =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1, StatusLines.of(interim.status()), Unpooled.EMPTY_BUFFER);
      copy(interim.headers(), hint.headers());
      ctx.writeAndFlush(hint);
    }
    if (reply.delay().isZero()) {
      deliver(ctx, call, reply, done);
    } else {
      ctx.executor()
          .schedule(
              () -> deliver(ctx, call, reply, done), reply.delay().toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private static void deliver(ChannelHandlerContext ctx, Call call, Reply reply, Runnable done) {
    if (!ctx.channel().isActive()) {
      done.run();
      return;
    }
    if (reply.fault().isPresent()) {
      stage(ctx, reply);
      if (reply.fault().get() != Fault.HANG) {
        done.run(); // a hung exchange never finishes: later requests on it wait with it
      }
      return;
    }
    if (reply.drip().isPresent() && !call.isHead()) {
      drip(ctx, call, reply, done);
      return;
    }
    boolean content = !call.isHead() && StatusLines.code(reply.status()).bodyAllowed();
    ChannelFuture written;
    if (isHttp2(ctx)) {
      ByteBuf body = content ? Unpooled.wrappedBuffer(reply.body()) : Unpooled.EMPTY_BUFFER;
      FullHttpResponse response =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1,
              StatusLines.of(reply.status()),
              body,
              TRUSTED.newHeaders(),
              TRUSTED.newEmptyHeaders());
      fill(response, call, reply, null);
      written = ctx.writeAndFlush(response);
    } else {
      EncodedFields fields = EncodedFields.of(reply.headers());
      String connection = connection(call, fields);
      written =
          ctx.writeAndFlush(
              Http1Response.of(ctx.alloc(), reply, fields, call.requestId(), content, connection));
      closeAfter(written, connection);
    }
    then(written, done);
  }

  /**
   * Runs done once the write completes. Most writes complete at once (the socket takes the whole
   * response), and then done runs without a listener: one per response cost several percent of the
   * server's time under load.
   */
  private static void then(ChannelFuture written, Runnable done) {
    if (written.isDone()) {
      done.run();
    } else {
      written.addListener(f -> done.run());
    }
  }

  private static void closeAfter(ChannelFuture written, String connection) {
    if (CLOSE.equals(connection)) {
      written.addListener(ChannelFutureListener.CLOSE);
    }
  }

  /**
   * The Connection field of a response on an HTTP/1.1 connection (RFC 9112 §9.3): "close" when
   * either side ends the connection after it; else the reply's own field, with "keep-alive" for an
   * HTTP/1.0 client that asked to keep the connection (HTTP/1.0 closes by default); null when the
   * connection persists by HTTP/1.1's default.
   */
  static String connection(Call call, EncodedFields fields) {
    if (!call.keepAlive() || fields.closes()) {
      return CLOSE;
    }
    String own = fields.connection();
    if (!call.isHttp10()) {
      return own;
    }
    return own == null ? KEEP_ALIVE : own + ", " + KEEP_ALIVE;
  }

  /**
   * The Content-Length of a final response, or null for none: none on 1xx and 204 (RFC 9110 §8.6),
   * nor on 304, where it would have to be the 200's; 0 on 205, which has no content and must say so
   * (RFC 9110 §15.3.6); else the body's, for HEAD too (RFC 9110 §9.3.2).
   */
  static AsciiString contentLength(int status, byte[] body) {
    if (status < 200 || status == 204 || status == 304) {
      return null;
    }
    return length(StatusLines.code(status).bodyAllowed() ? body.length : 0);
  }

  /** A stream of an HTTP/2 connection, where the frame codec writes the response. */
  private static boolean isHttp2(ChannelHandlerContext ctx) {
    return ctx.channel() instanceof Http2StreamChannel;
  }

  /**
   * Netty's form of the response head, for HTTP/2 streams and dripped bodies, with the same
   * writer's fields as {@link Http1Response}.
   */
  private static void fill(HttpResponse response, Call call, Reply reply, String connection) {
    HttpHeaders h = response.headers();
    AsciiString[] namesAndValues = EncodedFields.of(reply.headers()).namesAndValues();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      h.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    if (!h.contains(EncodedFields.DATE)) {
      h.add(EncodedFields.DATE, HttpDates.nowAscii());
    }
    h.set(EncodedFields.SERVER, SERVER);
    h.set(EncodedFields.REQUEST_ID, call.requestId());
    h.remove(EncodedFields.TRANSFER_ENCODING); // the writer frames by length
    AsciiString length = contentLength(reply.status(), reply.body());
    if (length != null) {
      h.set(EncodedFields.CONTENT_LENGTH, length);
    } else if (reply.status() != 304) {
      h.remove(EncodedFields.CONTENT_LENGTH);
    }
    if (connection != null) {
      h.set(EncodedFields.CONNECTION, connection);
    }
  }

  /** Content-Length values as bytes, made once: the same few lengths go out again and again. */
  private static final AsciiString[] LENGTHS = new AsciiString[8192];

  static AsciiString length(int n) {
    if (n >= LENGTHS.length) {
      return new AsciiString(Integer.toString(n));
    }
    AsciiString text = LENGTHS[n]; // a race only makes the same string twice
    if (text == null) {
      text = new AsciiString(Integer.toString(n));
      LENGTHS[n] = text;
    }
    return text;
  }

  private static void copy(Headers from, HttpHeaders to) {
    for (Headers.Field f : from.fields()) {
      to.add(f.name(), f.value());
    }
  }

  /** Headers now, then the content in even slices spread over the drip time. */
  private static void drip(ChannelHandlerContext ctx, Call call, Reply reply, Runnable done) {
    HttpResponse head =
        new DefaultHttpResponse(HttpVersion.HTTP_1_1, StatusLines.of(reply.status()));
    String connection = isHttp2(ctx) ? null : connection(call, EncodedFields.of(reply.headers()));
    fill(head, call, reply, connection);
    ctx.writeAndFlush(head);
    byte[] body = reply.body();
    int slices = Math.max(1, Math.min(MAX_DRIP_SLICES, body.length));
    long interval = reply.drip().orElseThrow().toNanos() / slices;
    writeSlice(ctx, body, 0, slices, interval, connection, done);
  }

  private static void writeSlice(
      ChannelHandlerContext ctx,
      byte[] body,
      int index,
      int slices,
      long interval,
      String connection,
      Runnable done) {
    ctx.executor()
        .schedule(
            () -> {
              if (!ctx.channel().isActive()) {
                done.run();
                return;
              }
              int from = (int) ((long) body.length * index / slices);
              int to = (int) ((long) body.length * (index + 1) / slices);
              ByteBuf slice = Unpooled.wrappedBuffer(body, from, to - from);
              if (index == slices - 1) {
                ChannelFuture written = ctx.writeAndFlush(new DefaultLastHttpContent(slice));
                closeAfter(written, connection);
                then(written, done);
              } else {
                ctx.writeAndFlush(new DefaultHttpContent(slice));
                writeSlice(ctx, body, index + 1, slices, interval, connection, done);
              }
            },
            interval,
            TimeUnit.NANOSECONDS);
  }

  /**
   * Faults bypass the HTTP encoder: their bytes are written below it, straight to the socket, since
   * a broken response is exactly what the encoder would refuse to produce. Over HTTP/2 they act on
   * the whole connection the same way, so every stream on it fails (a TCP reset is not per stream),
   * and the malformed chunk's HTTP/1.1 text reaches the client as a broken frame.
   */
  private static void stage(ChannelHandlerContext ctx, Reply reply) {
    Channel connection = Pipeline.connection(ctx.channel());
    ChannelHandlerContext raw = Pipeline.wire(connection);
    switch (reply.fault().orElseThrow()) {
      case RESET -> {
        // SO_LINGER 0 makes close() send RST instead of FIN (the classic way to abort a TCP
        // connection), so the client sees "connection reset".
        connection.config().setOption(ChannelOption.SO_LINGER, 0);
        raw.close();
      }
      case EMPTY -> raw.close(); // below the HTTP/2 codec, so not even a GOAWAY is sent
      case MALFORMED_CHUNK -> {
        String broken =
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\n"
                + "Date: "
                + HttpDates.now()
                + "\r\nServer: "
                + SERVER
                + "\r\n\r\n"
                + "6\r\nhello \r\n"
                // "zz" is no chunk size, and the data runs past what any size would say.
                + "zz\r\nthis is not a chunk\r\n";
        raw.writeAndFlush(Unpooled.copiedBuffer(broken, StandardCharsets.US_ASCII))
            .addListener(f -> raw.close());
      }
      case GARBAGE ->
          raw.writeAndFlush(Unpooled.wrappedBuffer(reply.body())).addListener(f -> raw.close());
      case HANG -> {
        // Nothing: the idle timeout closes the connection.
      }
    }
  }
}
