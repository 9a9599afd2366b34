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
 * second; only the request id and, rarely, Content-Length are written out per response. Netty's
 * encoder would build a header map and encode every field again for each response, which took about
 * a third of the server's time under load. The status stays readable for the journal.
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
   * @param content whether the body goes out (not for HEAD, nor where the status allows none)
   * @param connection the Connection field to send, or null for none
   */
  static Http1Response of(
      ByteBufAllocator alloc, Reply reply, String requestId, boolean content, String connection) {
    int status = reply.status();
    byte[] line = StatusLines.http1(status);
    EncodedFields fields = EncodedFields.of(reply.headers());
    byte[] body = reply.body();
    boolean lengthAllowed = StatusLines.code(status).bodyAllowed();
    ByteBuf buf =
        alloc.ioBuffer(
            line.length
                + fields.lines().length
                + WRITERS_FIELDS
                + requestId.length()
                + (content ? body.length : 0));
    buf.writeBytes(line);
    if (fields.own()) {
      writeMerged(buf, reply.headers(), lengthAllowed);
    } else {
      buf.writeBytes(fields.lines());
      field(buf, DATE, HttpDates.nowAscii());
    }
    buf.writeBytes(SERVER);
    field(buf, REQUEST_ID, requestId);
    // No Content-Length on 1xx and 204 (RFC 9110 §8.6); on 304 it would have to be the 200's.
    // A response to HEAD keeps GET's Content-Length (RFC 9110 §9.3.2).
    if (lengthAllowed) {
      field(buf, CONTENT_LENGTH, Wire.length(body.length));
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
   * The reply's fields but those the writer sets after them (Server, the request id, Connection,
   * and Content-Length where the status has content); its own Date is kept, else the writer's is
   * added.
   */
  private static void writeMerged(ByteBuf buf, Headers headers, boolean lengthAllowed) {
    boolean dated = false;
    for (Headers.Field f : headers.fields()) {
      String name = f.name();
      if (EncodedFields.SERVER.contentEqualsIgnoreCase(name)
          || EncodedFields.REQUEST_ID.contentEqualsIgnoreCase(name)
          || EncodedFields.CONNECTION.contentEqualsIgnoreCase(name)
          || lengthAllowed && EncodedFields.CONTENT_LENGTH.contentEqualsIgnoreCase(name)) {
        continue;
      }
      dated |= EncodedFields.DATE.contentEqualsIgnoreCase(name);
      buf.writeCharSequence(name, StandardCharsets.US_ASCII);
      buf.writeByte(':').writeByte(' ');
      buf.writeCharSequence(f.value(), StandardCharsets.US_ASCII);
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
      buf.writeCharSequence(value, StandardCharsets.US_ASCII);
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
