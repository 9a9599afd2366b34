package dev.statuskit.server.mock;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http hides: reason phrases, interim responses,
 * broken requests. Each response is read by its Content-Length (or to the close of the connection).
 */
final class Raw implements AutoCloseable {
  static final int TIMEOUT_MS = 5000;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  Raw(URI base) throws IOException {
    socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(TIMEOUT_MS);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  /** A response as read from the wire. */
  record Response(int status, String reason, Headers headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The exchange the rules judge: request and response as sent and received. */
    Exchange exchange(String method, String target, Headers requestHeaders) {
      return Exchange.builder()
          .method(method)
          .target(target)
          .requestHeaders(java.util.Optional.of(requestHeaders))
          .status(status)
          .reason(reason)
          .headers(java.util.Optional.of(headers))
          .body(java.util.Optional.of(dev.statuskit.exchange.Body.of(body)))
          .source("mock " + method + " " + target)
          .build();
    }
  }

  void send(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Sends a request with the fields given and no body. */
  void request(String method, String target, Headers headers) throws IOException {
    StringBuilder r = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
    headers.fields().forEach(f -> r.append(f.name()).append(": ").append(f.value()).append("\r\n"));
    send(r.append("\r\n").toString());
  }

  /** The next response; for HEAD and statuses without content, no body is read. */
  Response read(boolean head) throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    int status = Integer.parseInt(parts[1]);
    String reason = parts.length > 2 ? parts[2] : "";
    List<Headers.Field> fields = new ArrayList<>();
    for (String l = line(); !l.isEmpty(); l = line()) {
      int colon = l.indexOf(':');
      fields.add(new Headers.Field(l.substring(0, colon).strip(), l.substring(colon + 1).strip()));
    }
    Headers headers = Headers.of(fields);
    byte[] body = new byte[0];
    boolean noContent = head || status < 200 || status == 204 || status == 304;
    if (!noContent) {
      body =
          headers.first("Content-Length").isPresent()
              ? in.readNBytes(Integer.parseInt(headers.first("Content-Length").get()))
              : in.readAllBytes();
    }
    return new Response(status, reason, headers, body);
  }

  /** One request on a fresh connection. */
  static Response exchange(URI base, String method, String target, Headers headers)
      throws IOException {
    try (Raw raw = new Raw(base)) {
      raw.request(method, target, headers);
      return raw.read(method.equals("HEAD"));
    }
  }

  /** Whether the server has closed the connection (reads end of stream). */
  boolean closedByServer() throws IOException {
    try {
      return in.read() == -1;
    } catch (java.net.SocketException e) {
      return true; // reset counts as closed
    }
  }

  String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    if (c == -1 && b.size() == 0) {
      throw new IOException("connection closed");
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
