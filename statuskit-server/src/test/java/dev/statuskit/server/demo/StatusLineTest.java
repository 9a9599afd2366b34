package dev.statuskit.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.registry.StatusCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status lines on the wire. java.net.http hides the reason phrase, but other clients (and
 * SK115) read it: the JDK server picks it, and it must not contradict any code the demo sends.
 */
class StatusLineTest {

  @Test
  void reasonPhrasesAgreeWithTheirCodes() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (DemoApi demo = DemoApi.start()) {
      for (String path : demo.paths()) {
        for (String method : List.of("GET", "HEAD", "OPTIONS", "TRACE")) {
          String line = statusLine(demo, method, path);
          String[] parts = line.split(" ", 3);
          int code = Integer.parseInt(parts[1]);
          String reason = parts.length == 3 ? parts[2].strip() : "";
          if (!reason.isEmpty() && !StatusCodes.of(code).isKnownPhrase(reason)) {
            wrong.add(method + " " + path + ": " + line);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String statusLine(DemoApi demo, String method, String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", demo.baseUri().getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      String request =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + DemoApi.credentialsHeader()
              + "\r\nConnection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      String line = in.readLine();
      assertThat(line).as(method + " " + path).startsWith("HTTP/1.1 ");
      return line;
    }
  }
}
