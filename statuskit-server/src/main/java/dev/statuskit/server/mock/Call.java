package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The request a handler gets: method, path, query, path parameters, headers, body, client. */
final class Call {
  /** Client keys longer than this are cut, so a key cannot grow the limiter's memory. */
  static final int MAX_CLIENT_KEY = 64;

  private final FullHttpRequest request;
  private final QueryStringDecoder uri;
  private final SocketAddress remoteAddress;
  private String remote;
  private final String requestId;
  private Map<String, String> params = Map.of();

  Call(FullHttpRequest request, SocketAddress remote, String requestId) {
    this.request = request;
    this.uri = new QueryStringDecoder(request.uri());
    this.remoteAddress = remote;
    this.requestId = requestId;
  }

  /** A whole request made of a request's head alone: one without a body. */
  static FullHttpRequest whole(HttpRequest head) {
    FullHttpRequest whole =
        new DefaultFullHttpRequest(
            head.protocolVersion(),
            head.method(),
            head.uri(),
            Unpooled.EMPTY_BUFFER,
            head.headers(),
            EmptyHttpHeaders.INSTANCE);
    whole.setDecoderResult(head.decoderResult());
    return whole;
  }

  Call withParams(Map<String, String> params) {
    this.params = params;
    return this;
  }

  String method() {
    return request.method().name();
  }

  boolean isHead() {
    return "HEAD".equals(method());
  }

  /**
   * Whether the client lets the connection persist after the response: HTTP/1.1 unless it sent
   * {@code Connection: close}, HTTP/1.0 only with {@code Connection: keep-alive} (RFC 9112 §9.3).
   */
  boolean keepAlive() {
    return HttpUtil.isKeepAlive(request);
  }

  boolean isHttp10() {
    return request.protocolVersion().equals(HttpVersion.HTTP_1_0);
  }

  /** The decoded path, without the query. */
  String path() {
    return uri.path();
  }

  /** The request target as sent: path and query. */
  String target() {
    return request.uri();
  }

  String requestId() {
    return requestId;
  }

  /** The client's address, without the port. */
  String remote() {
    if (remote == null) { // formatting the address is not free, and few handlers need it
      remote = host(remoteAddress);
    }
    return remote;
  }

  /** An address as the journal and the rate limiter name a client: the host, without the port. */
  static String host(SocketAddress address) {
    return address instanceof InetSocketAddress inet && inet.getAddress() != null
        ? inet.getAddress().getHostAddress()
        : String.valueOf(address);
  }

  /**
   * Whose quota and counters this request uses: the {@code X-Client-Id} header when present (so
   * tests can act as several clients from one machine), else the remote address.
   */
  String clientKey() {
    String id =
        header("X-Client-Id").map(String::strip).filter(s -> !s.isEmpty()).orElseGet(this::remote);
    return id.length() > MAX_CLIENT_KEY ? id.substring(0, MAX_CLIENT_KEY) : id;
  }

  /** A path parameter of the route, by its name in the pattern. */
  String param(String name) {
    String value = params.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no parameter " + name);
    }
    return value;
  }

  Optional<String> query(String name) {
    List<String> values = uri.parameters().get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  List<String> queryAll(String name) {
    return uri.parameters().getOrDefault(name, List.of());
  }

  Map<String, List<String>> queryParameters() {
    return uri.parameters();
  }

  /** A whole-number query parameter within bounds, or the default when absent. */
  long number(String name, long fallback, long min, long max) {
    Optional<String> text = query(name);
    if (text.isEmpty()) {
      return fallback;
    }
    return Numbers.bounded(name, text.get(), min, max);
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(request.headers().get(name));
  }

  /** The request's header fields, in order, as the exchange model holds them. */
  Headers headers() {
    List<Headers.Field> fields = new ArrayList<>();
    request.headers().forEach(e -> fields.add(new Headers.Field(e.getKey(), e.getValue())));
    return Headers.of(fields);
  }

  boolean hasBody() {
    return request.content().isReadable();
  }

  byte[] body() {
    return ByteBufUtil.getBytes(request.content());
  }

  Optional<String> contentType() {
    return header(HttpHeaderNames.CONTENT_TYPE.toString());
  }

  /** "HTTP/1.1". */
  String protocol() {
    return request.protocolVersion().text();
  }
}
