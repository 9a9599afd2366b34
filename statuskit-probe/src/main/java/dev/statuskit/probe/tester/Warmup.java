package dev.statuskit.probe.tester;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends one request to a throwaway socket on 127.0.0.1 before a JVM's first real one. Loading
 * HttpClient's classes and the JDK's name service takes tens of milliseconds in a fresh JVM (every
 * {@code statuskit request}); without this it would be reported as DNS and first-byte time.
 */
final class Warmup {
  private static final AtomicBoolean DONE = new AtomicBoolean();

  private Warmup() {}

  static void once() {
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answer = new Thread(() -> answer(server), "statuskit-tester-warmup");
      answer.setDaemon(true);
      answer.start();
      URI url = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
      new HopSender(TesterOptions.defaults().withTimeout(Duration.ofSeconds(2)))
          .send(TesterRequest.get(url), "warm-up");
      InetAddress.getAllByName("localhost");
    } catch (IOException | RuntimeException e) {
      // A failed warm-up only leaves the first request's timing a little slower.
    }
  }

  private static void answer(ServerSocket server) {
    try (Socket s = server.accept()) {
      InputStream in = s.getInputStream();
      StringBuilder head = new StringBuilder();
      int b;
      while (head.indexOf("\r\n\r\n") < 0 && (b = in.read()) >= 0) {
        head.append((char) b);
      }
      s.getOutputStream().write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(US_ASCII));
      s.getOutputStream().flush();
    } catch (IOException e) {
      // The sender sees the failure; nothing to add here.
    }
  }
}
