package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
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
import io.netty.util.AsciiString;
import io.netty.util.concurrent.FastThreadLocal;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Puts a {@link Reply} on the wire: interim responses first, then the delay, then the final
 * response (whole, or dripped), or the fault instead. Every final response gets Date (RFC 9110
 * §6.6.1), Content-Length where the status allows content, X-Request-Id and Server; a response to
 * HEAD keeps GET's Content-Length and drops the content (RFC 9110 §9.3.2).
 */
final class Wire {
  /** How many writes a dripped body is cut into at most. */
  static final int MAX_DRIP_SLICES = 100;

  static final String SERVER = "statuskit";

  // Field names as people write them (Netty's constants are lower case, which HTTP/1.1 allows),
  // as bytes with their hash computed once: Netty copies these into a response as they are.
  private static final AsciiString DATE = AsciiString.cached("Date");
  private static final AsciiString SERVER_FIELD = AsciiString.cached("Server");
  private static final AsciiString SERVER_VALUE = AsciiString.cached(SERVER);
  private static final AsciiString REQUEST_ID = AsciiString.cached("X-Request-Id");
  private static final AsciiString CONTENT_LENGTH = AsciiString.cached("Content-Length");

  /**
   * A reply's fields in the form Netty writes fastest, and whether it sets a writer's field itself.
   * Most traffic answers with a few reused replies, so their fields are converted once per
   * event-loop thread (by identity: no hashing of field values), not once per response.
   */
  private record Encoded(AsciiString[] namesAndValues, boolean own) {}

  /** Converted fields remembered per thread; beyond this many, the memory starts over. */
  private static final int ENCODED_PER_THREAD = 512;

  private static final FastThreadLocal<Map<Headers, Encoded>> ENCODED =
      new FastThreadLocal<>() {
        @Override
        protected Map<Headers, Encoded> initialValue() {
          return new IdentityHashMap<>();
        }
      };

  /**
   * Headers for the final response without Netty's checks of names and values: every field is a
   * constant, comes from the registry, or was checked when the request chose it ({@link
   * FieldCheck}: query options, scenario files), and values taken from request headers cannot hold
   * a line break (the decoder refuses them). Checking each character again on every response cost
   * about 4% of the server's time under load.
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
    ByteBuf body = content ? Unpooled.wrappedBuffer(reply.body()) : Unpooled.EMPTY_BUFFER;
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            StatusLines.of(reply.status()),
            body,
            TRUSTED.newHeaders(),
            TRUSTED.newEmptyHeaders());
    fill(response, call, reply);
    ctx.writeAndFlush(response).addListener(f -> done.run());
  }

  private static void fill(HttpResponse response, Call call, Reply reply) {
    HttpHeaders h = response.headers();
    Encoded fields = encoded(reply.headers());
    AsciiString[] namesAndValues = fields.namesAndValues();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      h.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    // The fields the writer sets replace the reply's own; most replies have none of them, and
    // then adding is enough (setting searches and removes first).
    boolean own = fields.own();
    if (!own) {
      h.add(DATE, HttpDates.nowAscii());
      h.add(SERVER_FIELD, SERVER_VALUE);
      h.add(REQUEST_ID, call.requestId());
    } else {
      if (!h.contains(DATE)) {
        h.set(DATE, HttpDates.now());
      }
      h.set(SERVER_FIELD, SERVER_VALUE);
      h.set(REQUEST_ID, call.requestId());
    }
    // No Content-Length on 1xx and 204 (RFC 9110 §8.6); on 304 it would have to be the 200's.
    if (StatusLines.code(reply.status()).bodyAllowed()) {
      if (own) {
        h.set(CONTENT_LENGTH, reply.body().length);
      } else {
        h.add(CONTENT_LENGTH, length(reply.body().length));
      }
    }
  }

  private static Encoded encoded(Headers headers) {
    Map<Headers, Encoded> known = ENCODED.get();
    Encoded e = known.get(headers);
    if (e == null) {
      List<Headers.Field> fields = headers.fields();
      AsciiString[] namesAndValues = new AsciiString[2 * fields.size()];
      boolean own = false;
      for (int i = 0; i < fields.size(); i++) {
        Headers.Field f = fields.get(i);
        namesAndValues[2 * i] = new AsciiString(f.name());
        namesAndValues[2 * i + 1] = new AsciiString(f.value());
        own |= isWritersField(f.name());
      }
      e = new Encoded(namesAndValues, own);
      if (known.size() >= ENCODED_PER_THREAD) {
        known.clear();
      }
      known.put(headers, e);
    }
    return e;
  }

  /** Content-Length values as bytes, made once: the same few lengths go out again and again. */
  private static final AsciiString[] LENGTHS = new AsciiString[8192];

  private static AsciiString length(int n) {
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

  private static boolean isWritersField(String name) {
    return DATE.contentEqualsIgnoreCase(name)
        || SERVER_FIELD.contentEqualsIgnoreCase(name)
        || REQUEST_ID.contentEqualsIgnoreCase(name)
        || CONTENT_LENGTH.contentEqualsIgnoreCase(name);
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
    fill(head, call, reply);
    ctx.writeAndFlush(head);
    byte[] body = reply.body();
    int slices = Math.max(1, Math.min(MAX_DRIP_SLICES, body.length));
    long interval = reply.drip().orElseThrow().toNanos() / slices;
    writeSlice(ctx, body, 0, slices, interval, done);
  }

  private static void writeSlice(
      ChannelHandlerContext ctx, byte[] body, int index, int slices, long interval, Runnable done) {
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
                ctx.writeAndFlush(new DefaultLastHttpContent(slice)).addListener(f -> done.run());
              } else {
                ctx.writeAndFlush(new DefaultHttpContent(slice));
                writeSlice(ctx, body, index + 1, slices, interval, done);
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
