package dev.statuskit.probe.tester;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * HttpClient's connection operator with a stopwatch and a guard on each step it takes: the DNS
 * lookup, the TCP connect (on the socket itself, so the time is the connect alone) and the TLS
 * handshake (HttpClient's own before/after hooks). With loopbackOnly, the DNS answer and the
 * address connected to must both be loopback.
 */
final class TimedConnections extends DefaultHttpClientConnectionOperator {
  private final PhaseClock clock;

  private TimedConnections(PhaseClock clock, boolean loopbackOnly) {
    super(
        proxy -> new TimedSocket(clock, loopbackOnly),
        DefaultSchemePortResolver.INSTANCE,
        new TimedResolver(clock, loopbackOnly),
        RegistryBuilder.<TlsSocketStrategy>create()
            .register(
                "https",
                (socket, host, port, attachment, context) ->
                    Tls.STRATEGY.upgrade(socket, host, port, attachment, context))
            .build());
    this.clock = clock;
  }

  static TimedConnections on(PhaseClock clock, boolean loopbackOnly) {
    return new TimedConnections(clock, loopbackOnly);
  }

  /** Sets up TLS ahead of a request, so its cost (the JDK's trust store) is not timed. */
  static void prepareTls() {
    Tls.STRATEGY.getClass();
  }

  /**
   * Built once, and only for https: setting up the JDK's trust store is slow, and the strategy is
   * thread-safe.
   */
  private static final class Tls {
    // The system default honours javax.net.ssl.trustStore, for users with their own CA.
    static final TlsSocketStrategy STRATEGY = DefaultClientTlsStrategy.createSystemDefault();
  }

  @Override
  protected void onBeforeTlsHandshake(HttpContext context, HttpHost host) {
    clock.phaseStarted();
  }

  @Override
  protected void onAfterTlsHandshake(HttpContext context, HttpHost host) {
    clock.tlsDone();
  }

  private static final class TimedResolver implements DnsResolver {
    private final PhaseClock clock;
    private final boolean loopbackOnly;

    TimedResolver(PhaseClock clock, boolean loopbackOnly) {
      this.clock = clock;
      this.loopbackOnly = loopbackOnly;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      clock.phaseStarted();
      InetAddress[] answer;
      try {
        answer = SystemDefaultDnsResolver.INSTANCE.resolve(host);
      } finally {
        clock.dnsDone();
      }
      if (loopbackOnly) {
        LoopbackGuard.requireLoopback(host, answer);
      }
      return answer;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
      return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }
  }

  /** A plain socket that times its connect and, with loopbackOnly, checks where it goes first. */
  private static final class TimedSocket extends Socket {
    private final PhaseClock clock;
    private final boolean loopbackOnly;

    TimedSocket(PhaseClock clock, boolean loopbackOnly) {
      super(Proxy.NO_PROXY);
      this.clock = clock;
      this.loopbackOnly = loopbackOnly;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
      if (loopbackOnly) {
        LoopbackGuard.requireLoopback(
            endpoint instanceof InetSocketAddress a ? a.getAddress() : null);
      }
      clock.phaseStarted();
      try {
        super.connect(endpoint, timeout);
      } finally {
        clock.connectDone();
      }
    }
  }
}
