package dev.statuskit.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The demo as a server: where it listens, what it lists, how it stops, how it copes with load. */
class DemoApiTest {

  @Test
  void listensOnLoopbackOnAnEphemeralPort() {
    try (DemoApi demo = DemoApi.start()) {
      assertThat(demo.baseUri().getScheme()).isEqualTo("http");
      assertThat(demo.baseUri().getHost()).isEqualTo("127.0.0.1");
      assertThat(demo.baseUri().getPort()).isPositive();
      assertThat(demo.baseUri().getPath()).isEmpty();
      assertThat(new Client(demo).get("/products").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void isNotReachableThroughOtherInterfaces() throws IOException {
    Optional<InetAddress> other = nonLoopbackAddress();
    assumeThat(other).as("a non-loopback address on this machine").isPresent();
    try (DemoApi demo = DemoApi.start()) {
      InetSocketAddress elsewhere = new InetSocketAddress(other.get(), demo.baseUri().getPort());
      assertThatThrownBy(
              () -> {
                try (Socket s = new Socket()) {
                  s.connect(elsewhere, 2000);
                }
              })
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void refusesToListenBeyondLoopback() {
    assertThatThrownBy(() -> DemoApi.start(new InetSocketAddress("0.0.0.0", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback");
  }

  @Test
  void closeFreesThePort() {
    int port;
    try (DemoApi first = DemoApi.start()) {
      port = first.baseUri().getPort();
    }
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
    try (DemoApi again =
        DemoApi.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
      assertThat(again.baseUri().getPort()).isEqualTo(port);
      assertThat(new Client(again).get("/products").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void servesConcurrentRequests() throws Exception {
    try (DemoApi demo = DemoApi.start()) {
      Client client = new Client(demo);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
          List<String> right = Demo.correctPaths(demo);
          String path = right.get(i % right.size());
          calls.add(() -> client.get(path));
        }
        Set<String> ids = new HashSet<>();
        for (Future<HttpResponse<String>> f : pool.invokeAll(calls, 30, TimeUnit.SECONDS)) {
          HttpResponse<String> r = f.get();
          assertThat(r.statusCode()).isIn(200, 301);
          ids.add(r.headers().firstValue("X-Request-Id").orElseThrow());
        }
        assertThat(ids).as("one request id per request").hasSize(64);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void listsEveryPlantedMistakeUnderAProbedPath() {
    try (DemoApi demo = DemoApi.start()) {
      assertThat(demo.paths()).doesNotHaveDuplicates().allMatch(p -> p.startsWith("/"));
      assertThat(DemoApi.plantedMistakes())
          .allSatisfy(
              m -> {
                assertThat(demo.paths()).contains(m.path());
                assertThat(m.method()).isIn("GET", "HEAD", "OPTIONS", "TRACE");
                assertThat(m.ruleId()).matches("SK\\d{3}");
                assertThat(m.what()).isNotBlank();
              });
      assertThat(DemoApi.plantedMistakes()).hasSizeBetween(12, 24);
    }
  }

  @Test
  void plantsMistakesOfEveryFamily() {
    Set<Character> families = new HashSet<>();
    DemoApi.plantedMistakes().forEach(m -> families.add(m.ruleId().charAt(2)));
    assertThat(families).containsExactlyInAnyOrder('1', '2', '3', '4');
  }

  @Test
  void givesTheCredentialsAsCheckTakesThem() {
    assertThat(DemoApi.credentialsHeader()).isEqualTo("Authorization: Bearer demo-token");
    assertThat(DemoApi.credentialsHeaderName()).isEqualTo("Authorization");
    assertThat(DemoApi.credentialsHeaderValue()).isEqualTo("Bearer demo-token");
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      Optional<InetAddress> address =
          nic.inetAddresses().filter(a -> !a.isLinkLocalAddress()).findFirst();
      if (address.isPresent()) {
        return address;
      }
    }
    return Optional.empty();
  }
}
