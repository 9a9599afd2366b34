package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.Request;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records every request and the status it got in the journal, credentials redacted. It sits before
 * the body limit, so requests refused there (413, 417) are recorded too; a request whose connection
 * closes unanswered (a fault, a timeout) is recorded with status 0. Admin requests are not
 * recorded: the journal is about the traffic under test.
 */
final class JournalRecorder extends ChannelDuplexHandler {
  private record Pending(long startNanos, Journal.Entry entry) {}

  private final Journal journal;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  JournalRecorder(Journal journal) {
    this.journal = journal;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    if (msg instanceof HttpRequest request && pending.size() < Limits.MAX_PIPELINED) {
      pending.add(new Pending(System.nanoTime(), entry(ctx, request)));
    }
    super.channelRead(ctx, msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
      throws Exception {
    if (msg instanceof HttpResponse response
        && response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
      record(response.status().code());
    }
    super.write(ctx, msg, promise);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    while (!pending.isEmpty()) {
      record(0);
    }
    super.channelInactive(ctx);
  }

  private void record(int status) {
    Pending p = pending.poll();
    if (p == null || p.entry().target().startsWith(Admin.PREFIX)) {
      return;
    }
    Journal.Entry e = p.entry();
    long millis = (System.nanoTime() - p.startNanos()) / 1_000_000;
    journal.add(
        new Journal.Entry(e.at(), e.client(), e.method(), e.target(), e.headers(), status, millis));
  }

  private static Journal.Entry entry(ChannelHandlerContext ctx, HttpRequest request) {
    List<Headers.Field> fields = new ArrayList<>(request.headers().size());
    request
        .headers()
        .forEach(
            h ->
                fields.add(new Headers.Field(h.getKey(), Headers.shown(h.getKey(), h.getValue()))));
    String target =
        new Request(request.method().name(), request.uri(), Optional.empty(), Optional.empty())
            .shownTarget();
    String client =
        ctx.channel().remoteAddress() instanceof InetSocketAddress a && a.getAddress() != null
            ? a.getAddress().getHostAddress()
            : String.valueOf(ctx.channel().remoteAddress());
    return new Journal.Entry(
        Instant.now(), client, request.method().name(), target, Headers.of(fields), 0, 0);
  }
}
