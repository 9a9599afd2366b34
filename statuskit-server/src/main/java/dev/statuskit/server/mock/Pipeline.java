package dev.statuskit.server.mock;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What every connection goes through, in order; each cross-cutting behaviour is one visible stage
 * here, not hidden in handlers.
 */
final class Pipeline extends ChannelInitializer<SocketChannel> {
  /** The name of the HTTP codec; faults write their raw bytes below it. */
  static final String CODEC = "http";

  private final Limits limits;
  private final ConnectionLimit connections;
  private final Journal journal;
  private final List<Route> routes;

  Pipeline(Limits limits, Journal journal, List<Route> routes) {
    this.limits = limits;
    this.connections = new ConnectionLimit(limits.maxConnections());
    this.journal = journal;
    this.routes = routes;
  }

  @Override
  protected void initChannel(SocketChannel ch) {
    ChannelPipeline p = ch.pipeline();
    // Too many connections: close the newest.
    p.addLast("connections", connections);
    // No traffic either way for the idle timeout: close.
    p.addLast(
        "idle", new IdleStateHandler(0, 0, limits.idleTimeout().toNanos(), TimeUnit.NANOSECONDS));
    // A request must arrive whole within the request timeout of its first byte (slowloris).
    p.addLast("slow-clients", new SlowClientGuard(limits.requestTimeout()));
    // HTTP/1.1 bytes <-> messages, with bounded request line and header section.
    p.addLast(
        CODEC,
        new HttpServerCodec(
            new HttpDecoderConfig()
                .setMaxInitialLineLength(limits.maxLineBytes())
                .setMaxHeaderSize(limits.maxHeaderBytes())));
    // Keep-alive by the rules: close after the response when either side asks to.
    p.addLast("keep-alive", new HttpServerKeepAliveHandler());
    // Every request and the status it got, into the journal.
    p.addLast("journal", new JournalRecorder(journal));
    // Whole requests up to the body limit (413); Expect: 100-continue (100) and others (417).
    p.addLast("body-limit", new BodyLimit(limits.maxBodyBytes()));
    // The route table: one handler per endpoint; the reply goes out through the Wire.
    p.addLast("dispatch", new Dispatcher(routes));
  }

  int openConnections() {
    return connections.open();
  }
}
