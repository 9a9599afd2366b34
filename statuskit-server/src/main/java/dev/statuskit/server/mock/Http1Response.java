package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.DefaultByteBufHolder;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;

/**
 * A final HTTP/1.1 response as the bytes that go on the wire, in one buffer. The status line and
 * the reply's fields are copied from bytes made once (per code, per reused reply), Date once per
 * second; only the request id and, rarely, Content-Length are written out per response. Field
 * values are bytes, one per character (ISO-8859-1), as the other writers of fields send them.
 * Netty's encoder would build a header map and encode every field again for each response, which
 * took about a third of the server's time under load. The status stays readable for the journal.
 */
final class Http1Response extends DefaultByteBufHolder {
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] DATE = prefix(EncodedFields.DATE);
  private static final byte[] SERVER =
      (EncodedFields.SERVER + ": " + Wire.SERVER + "\r\n").getBytes(StandardCharsets.US_ASCII);
  private static final byte[] REQUEST_ID = prefix(EncodedFields.REQUEST_ID);
  private static final byte[] CONTENT_LENGTH = prefix(EncodedFields.CONTENT_LENGTH);
  private static final byte[] CONNECTION = prefix(EncodedFields.CONNECTION);

  /** Room for the fields the writer adds: Date, Server, the request id, length and Connection. */
  private static final int WRITERS_FIELDS = 160;

  private final int status;

  private Http1Response(int status, ByteBuf bytes) {
    super(bytes);
    this.status = status;
  }

  int status() {
    return status;
  }

  /**
   * The response's bytes.
   *
   * @param fields the reply's fields, encoded ({@link EncodedFields#of})
   * @param content whether the body goes out (not for HEAD, nor where the status allows none)
   * @param connection the Connection field to send, or null for none
   */
  static Http1Response of(
      ByteBufAllocator alloc,
      Reply reply,
      EncodedFields fields,
      String requestId,
      boolean content,
      String connection) {
    int status = reply.status();
    byte[] line = StatusLines.http1(status);
    byte[] body = reply.body();
    ByteBuf buf =
        alloc.ioBuffer(
            line.length
                + fields.lines().length
                + WRITERS_FIELDS
                + requestId.length()
                + (content ? body.length : 0));
    buf.writeBytes(line);
    if (fields.own()) {
      writeMerged(buf, reply.headers(), status);
    } else {
      buf.writeBytes(fields.lines());
      field(buf, DATE, HttpDates.nowAscii());
    }
    buf.writeBytes(SERVER);
    field(buf, REQUEST_ID, requestId);
    AsciiString length = Wire.contentLength(status, body);
    if (length != null) {
      field(buf, CONTENT_LENGTH, length);
    }
    if (connection != null) {
      field(buf, CONNECTION, connection);
    }
    buf.writeBytes(CRLF);
    if (content) {
      buf.writeBytes(body);
    }
    return new Http1Response(status, buf);
  }

  /**
   * The reply's fields but those the writer sets (see {@link EncodedFields#isWritersField}), with
   * two exceptions: the reply's own Date stays, else the writer's is added; and a 304's own
   * Content-Length stays, as the writer sets none there ({@link Wire#contentLength}).
   */
  private static void writeMerged(ByteBuf buf, Headers headers, int status) {
    boolean dated = false;
    for (Headers.Field f : headers.fields()) {
      String name = f.name();
      boolean date = EncodedFields.DATE.contentEqualsIgnoreCase(name);
      boolean kept =
          date || status == 304 && EncodedFields.CONTENT_LENGTH.contentEqualsIgnoreCase(name);
      if (EncodedFields.isWritersField(name) && !kept) {
        continue;
      }
      dated |= date;
      buf.writeCharSequence(name, StandardCharsets.ISO_8859_1);
      buf.writeByte(':').writeByte(' ');
      buf.writeCharSequence(f.value(), StandardCharsets.ISO_8859_1);
      buf.writeBytes(CRLF);
    }
    if (!dated) {
      field(buf, DATE, HttpDates.nowAscii());
    }
  }

  private static void field(ByteBuf buf, byte[] prefix, CharSequence value) {
    buf.writeBytes(prefix);
    if (value instanceof AsciiString ascii) {
      buf.writeBytes(ascii.array(), ascii.arrayOffset(), ascii.length());
    } else {
      buf.writeCharSequence(value, StandardCharsets.ISO_8859_1);
    }
    buf.writeBytes(CRLF);
  }

  private static byte[] prefix(AsciiString name) {
    return (name + ": ").getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public Http1Response replace(ByteBuf content) {
    return new Http1Response(status, content);
  }

  @Override
  public String toString() {
    return "Http1Response(" + status + ", " + content().readableBytes() + " bytes)";
  }
}
