package dev.statuskit.server.mock;

import dev.statuskit.server.web.WebUi;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The mock server behind {@code statuskit serve}: any status code with the headers and body the
 * registry says it should have, weighted random codes, delays, redirects, conditional and range
 * requests, authentication, a rate limiter, a flaky endpoint, connection faults and a request
 * journal. HTTP/1.1 with keep-alive and HTTP/2 cleartext (h2c: prior knowledge or {@code Upgrade:
 * h2c}), on Netty.
 *
 * <pre>{@code
 * try (MockServer mock = MockServer.builder().port(8080).build().start()) {
 *   URI base = mock.baseUri();                   // http://127.0.0.1:8080
 *   mock.index().forEach(e -> System.out.println(e.method() + " " + e.path()));
 * }
 * }</pre>
 *
 * <p>It binds 127.0.0.1 unless told otherwise, and bounds everything a client can make it hold:
 * request sizes, delays, connections, idle and slow requests, and the state it keeps per client.
 */
public final class MockServer implements AutoCloseable {

  private final Builder settings;
  private final Limits limits;
  private final List<Route> routes;
  private final Journal journal;
  private final Optional<WebUi> ui;
  private EventLoopGroup boss;
  private EventLoopGroup workers;
  private Channel channel;
  private InetSocketAddress bound;

  private MockServer(Builder settings) {
    this.settings = settings;
    this.limits = settings.limits();
    Random random = settings.seed == null ? new Random() : new Random(settings.seed);
    this.journal = new Journal(limits.journalSize());
    RateLimiter limiter = new RateLimiter(limits.maxClients(), System::nanoTime);
    Flaky flaky = new Flaky(limits.maxClients());
    Scenarios scenarios = new Scenarios();
    Index indexPage = new Index();
    List<Route> table = new ArrayList<>();
    this.ui = settings.webUi ? Optional.of(settings.ui()) : Optional.empty();
    // The UI's prefix is reserved: its route comes first, so no scenario pattern can shadow it.
    ui.ifPresent(u -> table.add(WebMount.route(u)));
    if (settings.scenarios != null) {
      table.addAll(scenarios.load(settings.scenarios, limits, random));
    }
    table.addAll(
        Routes.table(
            new Routes.Parts(
                limits,
                new Statuses(random),
                new Timing(limits),
                new Conditionals(Instant.now()),
                limiter,
                flaky,
                new Faults(random),
                new Admin(journal, limiter, flaky, scenarios),
                indexPage)));
    this.routes = List.copyOf(table);
    indexPage.publish(index());
  }

  /** A builder with the defaults: 127.0.0.1, an ephemeral port, the default limits, no seed. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds and starts serving.
   *
   * @return this server, started
   * @throws IllegalStateException when the address cannot be bound (in use, not local), with the
   *     reason
   */
  public synchronized MockServer start() {
    if (channel != null) {
      return this;
    }
    boolean epoll = Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    Class<? extends ServerChannel> type =
        epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    boss = new MultiThreadIoEventLoopGroup(1, io);
    workers = new MultiThreadIoEventLoopGroup(settings.threads, io);
    try {
      InetAddress host = InetAddress.getByName(settings.host);
      channel =
          new ServerBootstrap()
              .group(boss, workers)
              .channel(type)
              .option(ChannelOption.SO_BACKLOG, 1024)
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childHandler(new Pipeline(limits, journal, routes))
              .bind(new InetSocketAddress(host, settings.port))
              .sync()
              .channel();
      bound = (InetSocketAddress) channel.localAddress();
      return this;
    } catch (UnknownHostException e) {
      close();
      throw new IllegalStateException(
          "cannot bind the mock server: unknown host " + settings.host, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while binding the mock server", e);
    } catch (Exception e) {
      close();
      throw new IllegalStateException(
          "cannot bind the mock server to "
              + settings.host
              + ":"
              + settings.port
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Where the server listens: {@code http://127.0.0.1:PORT}. */
  public URI baseUri() {
    if (bound == null) {
      throw new IllegalStateException("the mock server is not started");
    }
    String host = bound.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + bound.getPort());
  }

  /** The port it listens on (useful after asking for port 0). */
  public int port() {
    return baseUri().getPort();
  }

  /**
   * Where the web UI is, when the server serves it: {@code http://127.0.0.1:PORT/ui/}.
   *
   * @see Builder#webUi(boolean)
   */
  public Optional<URI> uiUri() {
    return ui.map(u -> baseUri().resolve(WebUi.PREFIX));
  }

  /** Whether the web UI's tester may send to hosts other than this machine's loopback ones. */
  public boolean allowsRemoteTargets() {
    return ui.map(WebUi::allowsRemoteTargets).orElse(false);
  }

  /** The route table as documentation, one entry per endpoint, in the order of the index. */
  public List<Endpoint> index() {
    return routes.stream().map(Route::endpoint).toList();
  }

  /** Blocks until the server is closed (for a command that serves until interrupted). */
  public void awaitClose() throws InterruptedException {
    Channel c = channel;
    if (c != null) {
      c.closeFuture().sync();
    }
  }

  /** Stops listening, closes every connection and frees the threads. Idempotent. */
  @Override
  public synchronized void close() {
    if (channel != null) {
      channel.close().syncUninterruptibly();
      channel = null;
    }
    if (boss != null) {
      boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
      boss = null;
    }
    if (workers != null) {
      workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
      workers = null;
    }
    ui.ifPresent(WebUi::close);
  }

  /** The mock server's settings; every one has a default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private Long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int maxBodyBytes = Limits.MAX_BODY_BYTES;
    private int maxHeaderBytes = Limits.MAX_HEADER_BYTES;
    private Duration maxDelay = Limits.MAX_DELAY;
    private Duration idleTimeout = Limits.IDLE_TIMEOUT;
    private Duration requestTimeout = Limits.REQUEST_TIMEOUT;
    private int maxConnections = Limits.MAX_CONNECTIONS;
    private int journalSize = Limits.JOURNAL_SIZE;
    private Path scenarios;
    private boolean webUi;
    private boolean allowRemoteTargets;

    private Builder() {}

    /**
     * Serves the web UI under {@code /ui/} on the same port (off by default): the reference, the
     * tester, the rules and stats. Its tester sends requests from this machine, to loopback
     * addresses only unless {@link #allowRemoteTargets} is on.
     */
    public Builder webUi(boolean on) {
      this.webUi = on;
      return this;
    }

    /**
     * Lets the web UI's tester send to any address, not only loopback ones (off by default). Anyone
     * who can reach the server can then make this machine send requests anywhere it can reach.
     */
    public Builder allowRemoteTargets(boolean allow) {
      this.allowRemoteTargets = allow;
      return this;
    }

    /**
     * Routes from a scenario file (YAML) served before the built-in ones; see the README for the
     * format. The file is read by {@link #build()}, which throws {@link
     * dev.statuskit.input.InputException} naming the file and route for a problem in it.
     */
    public Builder scenarios(Path file) {
      this.scenarios = file;
      return this;
    }

    /** The address to bind; 127.0.0.1 by default. Binding elsewhere exposes the mock. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** Seeds the randomness (weighted codes, garbage bytes) so runs repeat. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Event-loop threads serving connections; the number of processors by default. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** The largest request body read (413 beyond); 1 MiB by default. */
    public Builder maxBodyBytes(int bytes) {
      this.maxBodyBytes = bytes;
      return this;
    }

    /** The largest request header section (431 beyond); 16 KiB by default. */
    public Builder maxHeaderBytes(int bytes) {
      this.maxHeaderBytes = bytes;
      return this;
    }

    /** The longest delay a request may ask for; 30 s by default. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
      return this;
    }

    /** Connections silent this long are closed; 60 s by default. Also ends /fault/hang. */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = idleTimeout;
      return this;
    }

    /** A request must arrive whole this soon after its first byte; 10 s by default. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    /** Connections beyond this many are closed at once; 10,000 by default. */
    public Builder maxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
      return this;
    }

    /** How many recent requests /__admin/requests keeps; 1,000 by default. */
    public Builder journalSize(int journalSize) {
      this.journalSize = journalSize;
      return this;
    }

    /**
     * The server, not yet started.
     *
     * @throws IllegalArgumentException when a limit is out of range
     * @throws dev.statuskit.input.InputException when the scenario file cannot be read or is wrong
     */
    public MockServer build() {
      return new MockServer(this);
    }

    /** Builds and starts the server: {@code MockServer.builder().port(8080).start()}. */
    public MockServer start() {
      return build().start();
    }

    WebUi ui() {
      return WebUi.builder()
          .allowRemoteTargets(allowRemoteTargets)
          .maxUploadBytes(maxBodyBytes)
          .boundHost(host)
          .build();
    }

    Limits limits() {
      return new Limits(
          maxBodyBytes,
          maxHeaderBytes,
          Limits.MAX_LINE_BYTES,
          maxDelay,
          idleTimeout,
          requestTimeout,
          maxConnections,
          journalSize,
          Limits.MAX_CLIENTS);
    }
  }
}
