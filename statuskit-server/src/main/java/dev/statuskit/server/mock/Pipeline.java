package dev.statuskit.server.mock;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.util.AsciiString;
import java.util.List;

/**
 * What every connection goes through, in order; each cross-cutting behaviour is one visible stage
 * here, not hidden in handlers.
 *
 * <p>A connection starts as HTTP/1.1. It becomes HTTP/2 cleartext (h2c) when the client opens with
 * the HTTP/2 connection preface (prior knowledge, RFC 9113 §3.3) or asks with {@code Upgrade: h2c}
 * (RFC 7540 §3.2; RFC 9113 deprecates it but clients still use it). From then on the HTTP/1.1
 * stages leave the connection and every stream gets its own pipeline ({@link #stream}) that turns
 * frames back into HTTP/1-style messages, so the same journal, body limit and dispatcher answer it.
 */
final class Pipeline extends ChannelInitializer<SocketChannel> {
  /** The HTTP/1.1 stages after the codec; they leave a connection that switches to HTTP/2. */
  private static final List<String> HTTP1_STAGES = List.of("journal", "body-limit", "dispatch");

  private final Limits limits;
  private final ConnectionLimit connections;
  private final Journal journal;
  private final RouteTable routes;

  /** One HTTP/2 stream: one request, through the same stages as an HTTP/1.1 request. */
  private final ChannelInitializer<Http2StreamChannel> stream =
      new ChannelInitializer<>() {
        @Override
        protected void initChannel(Http2StreamChannel s) {
          ChannelPipeline p = s.pipeline();
          // The request's frames must all arrive within the request timeout (else RST_STREAM).
          p.addLast("timeouts", Timeouts.stream(limits.requestTimeout()));
          // HEADERS and DATA frames <-> HTTP/1-style messages.
          p.addLast("http2", new Http2StreamFrameToHttpObjectCodec(true));
          p.addLast("http2-requests", new Http2Requests());
          p.addLast("journal", new JournalRecorder(journal));
          p.addLast("body-limit", new BodyLimit(limits.maxBodyBytes()));
          p.addLast("dispatch", new Dispatcher(routes, Http2Requests.HTTP_2));
        }
      };

  Pipeline(Limits limits, Journal journal, List<Route> routes) {
    this.limits = limits;
    this.connections = new ConnectionLimit(limits.maxConnections());
    this.journal = journal;
    this.routes = new RouteTable(routes);
  }

  @Override
  protected void initChannel(SocketChannel ch) {
    ChannelPipeline p = ch.pipeline();
    // Too many connections: close the newest.
    p.addLast("connections", connections);
    // No traffic either way for the idle timeout: close (HTTP/1.1 and HTTP/2 alike). A request
    // must arrive whole within the request timeout of its first byte (slowloris).
    Http1Codec http1 = new Http1Codec(decoderConfig());
    p.addLast(
        "timeouts",
        Timeouts.connection(limits.requestTimeout(), limits.idleTimeout(), http1::buffered));
    // The HTTP/2 connection preface switches the connection to HTTP/2 (prior knowledge).
    p.addLast("h2-preface", new Http2Preface(() -> toHttp2(p)));
    // HTTP/1.1 bytes <-> messages, with bounded request line and header section. Keep-alive is
    // the writer's: it closes after the response when either side asks to.
    p.addLast("http1", http1);
    // Upgrade: h2c answers 101 Switching Protocols, then the request itself on stream 1. Only
    // the first request of a connection may ask (as clients do, RFC 7540 §3.2): the stage then
    // leaves, so the requests that follow do not pass through it.
    p.addLast("h2c", h2cUpgrade(p));
    // Every request and the status it got, into the journal.
    p.addLast("journal", new JournalRecorder(journal));
    // Whole requests up to the body limit (413); Expect: 100-continue (100) and others (417).
    p.addLast("body-limit", new BodyLimit(limits.maxBodyBytes()));
    // The route table: one handler per endpoint; the reply goes out through the Wire.
    p.addLast("dispatch", new Dispatcher(routes, HttpVersion.HTTP_1_1));
  }

  private HttpDecoderConfig decoderConfig() {
    return new HttpDecoderConfig()
        .setMaxInitialLineLength(limits.maxLineBytes())
        .setMaxHeaderSize(limits.maxHeaderBytes());
  }

  private HttpServerUpgradeHandler h2cUpgrade(ChannelPipeline p) {
    return new HttpServerUpgradeHandler(
        p.get(Http1Codec.class),
        protocol -> upgradeCodec(protocol, p),
        limits.maxBodyBytes(),
        DefaultHttpHeadersFactory.headersFactory(),
        DefaultHttpHeadersFactory.trailersFactory(),
        true);
  }

  /** HTTP/2 from the first byte: the HTTP/1.1 stages leave, the HTTP/2 ones come. */
  private void toHttp2(ChannelPipeline p) {
    p.remove(Http1Codec.class);
    p.remove(HttpServerUpgradeHandler.class);
    leaveHttp1(p);
    p.addAfter("h2-preface", "http2", http2Codec())
        .addAfter("http2", "http2-streams", http2Streams());
  }

  /** The codec for {@code Upgrade: h2c}; null for other protocols, which stay HTTP/1.1. */
  private HttpServerUpgradeHandler.UpgradeCodec upgradeCodec(
      CharSequence protocol, ChannelPipeline p) {
    if (!AsciiString.contentEquals(Http2CodecUtil.HTTP_UPGRADE_PROTOCOL_NAME, protocol)) {
      return null;
    }
    return new Http2ServerUpgradeCodec(http2Codec(), http2Streams()) {
      @Override
      public void upgradeTo(ChannelHandlerContext ctx, FullHttpRequest request) {
        super.upgradeTo(ctx, request);
        leaveHttp1(p); // only once the 101 is on its way: a refused upgrade stays HTTP/1.1
      }
    };
  }

  /**
   * HTTP/2 frames on the connection, with the limits that carry over: the header list size
   * (answered 431 by Netty, as HTTP/1.1's header section) and requests in flight (the pipelining
   * limit, as SETTINGS_MAX_CONCURRENT_STREAMS).
   */
  private Http2FrameCodec http2Codec() {
    return Http2FrameCodecBuilder.forServer()
        .initialSettings(
            Http2Settings.defaultSettings()
                .maxHeaderListSize(limits.maxHeaderBytes())
                .maxConcurrentStreams(Limits.MAX_PIPELINED))
        .build();
  }

  private Http2MultiplexHandler http2Streams() {
    return new Http2MultiplexHandler(stream);
  }

  private static void leaveHttp1(ChannelPipeline p) {
    HTTP1_STAGES.forEach(p::remove);
    p.get(Timeouts.class).streamsTimeRequests();
  }

  /**
   * Where a connection's HTTP begins: faults write their raw bytes and close here, below every
   * codec, so a broken response reaches the socket as is.
   */
  static ChannelHandlerContext wire(Channel connection) {
    ChannelPipeline p = connection.pipeline();
    ChannelHandlerContext http1 = p.context(Http1Codec.class);
    return http1 != null ? http1 : p.context(Http2FrameCodec.class);
  }

  /** The TCP connection a channel belongs to (a stream's parent, or the channel itself). */
  static Channel connection(Channel channel) {
    return channel instanceof Http2StreamChannel s ? s.parent() : channel;
  }
}
