package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import io.netty.util.AsciiString;
import io.netty.util.concurrent.FastThreadLocal;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reply's header fields in the forms the writer copies without converting: as Netty field names
 * and values (HTTP/2 streams, dripped bodies), and as one block of HTTP/1.1 field lines. Most
 * traffic is answered with a few reused replies, so each reply's fields are converted once per
 * event-loop thread (found by identity: no hashing of values), not once per response.
 *
 * @param namesAndValues names and values in turn, as Netty copies them
 * @param lines the fields as HTTP/1.1 field lines, each ending in CRLF
 * @param own whether the reply sets a field the writer sets (Date, Server, X-Request-Id,
 *     Content-Length, Transfer-Encoding, Connection); such replies take the writer's slower,
 *     merging path
 * @param connection the reply's Connection field, or null when it has none
 * @param closes whether that field has the "close" option
 */
record EncodedFields(
    AsciiString[] namesAndValues, byte[] lines, boolean own, String connection, boolean closes) {

  static final AsciiString DATE = AsciiString.cached("Date");
  static final AsciiString SERVER = AsciiString.cached("Server");
  static final AsciiString REQUEST_ID = AsciiString.cached("X-Request-Id");
  static final AsciiString CONTENT_LENGTH = AsciiString.cached("Content-Length");
  static final AsciiString CONNECTION = AsciiString.cached("Connection");
  static final AsciiString TRANSFER_ENCODING = AsciiString.cached("Transfer-Encoding");

  /** Converted fields remembered per thread; beyond this many, the memory starts over. */
  private static final int PER_THREAD = 512;

  private static final FastThreadLocal<Map<Headers, EncodedFields>> KNOWN =
      new FastThreadLocal<>() {
        @Override
        protected Map<Headers, EncodedFields> initialValue() {
          return new IdentityHashMap<>();
        }
      };

  static EncodedFields of(Headers headers) {
    Map<Headers, EncodedFields> known = KNOWN.get();
    EncodedFields e = known.get(headers);
    if (e == null) {
      e = encode(headers);
      if (known.size() >= PER_THREAD) {
        known.clear();
      }
      known.put(headers, e);
    }
    return e;
  }

  private static EncodedFields encode(Headers headers) {
    List<Headers.Field> fields = headers.fields();
    AsciiString[] namesAndValues = new AsciiString[2 * fields.size()];
    StringBuilder lines = new StringBuilder();
    boolean own = false;
    String connection = null;
    for (int i = 0; i < fields.size(); i++) {
      Headers.Field f = fields.get(i);
      namesAndValues[2 * i] = new AsciiString(f.name());
      namesAndValues[2 * i + 1] = new AsciiString(f.value());
      lines.append(f.name()).append(": ").append(f.value()).append("\r\n");
      own |= isWritersField(f.name());
      if (connection == null && CONNECTION.contentEqualsIgnoreCase(f.name())) {
        connection = f.value();
      }
    }
    // A field value may hold obs-text (RFC 9110 §5.5): one byte per character, as AsciiString has.
    return new EncodedFields(
        namesAndValues,
        lines.toString().getBytes(StandardCharsets.ISO_8859_1),
        own,
        connection,
        connection != null && hasOption(connection, "close"));
  }

  /** Whether a comma-separated list of options names this one (case does not matter). */
  private static boolean hasOption(String list, String option) {
    for (String o : list.split(",")) {
      if (o.strip().equalsIgnoreCase(option)) {
        return true;
      }
    }
    return false;
  }

  /** Date, Server, X-Request-Id, Content-Length, Transfer-Encoding or Connection. */
  static boolean isWritersField(String name) {
    return DATE.contentEqualsIgnoreCase(name)
        || SERVER.contentEqualsIgnoreCase(name)
        || REQUEST_ID.contentEqualsIgnoreCase(name)
        || CONTENT_LENGTH.contentEqualsIgnoreCase(name)
        || TRANSFER_ENCODING.contentEqualsIgnoreCase(name)
        || CONNECTION.contentEqualsIgnoreCase(name);
  }
}
