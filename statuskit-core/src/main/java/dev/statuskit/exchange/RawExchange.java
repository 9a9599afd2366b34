package dev.statuskit.exchange;

import dev.statuskit.input.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an exchange written out as raw HTTP/1.1 text, as in the rule catalogue's examples: the
 * request line, its header fields, a blank line and an optional body; then a blank line and the
 * status line, its header fields, a blank line and an optional body.
 *
 * <pre>
 * POST /orders HTTP/1.1
 * Content-Type: application/json
 *
 * {"sku": 7}
 *
 * HTTP/1.1 201 Created
 * Location: /orders/42
 * </pre>
 *
 * <p>Strict on purpose: a start line or field line that does not parse is an error, not skipped.
 * Bodies are kept as written, trimmed of the blank lines around them.
 */
public final class RawExchange {
  private RawExchange() {}

  // RFC 9112 §3: request-line = method SP request-target SP HTTP-version.
  private static final Pattern REQUEST_LINE =
      Pattern.compile("([A-Z]+) (\\S+) (HTTP/\\d(?:\\.\\d)?)");

  // RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ]; HTTP/2 has none.
  private static final Pattern STATUS_LINE =
      Pattern.compile("(HTTP/\\d(?:\\.\\d)?) (\\d{3})(?: (.*))?");

  // RFC 9110 §5.1, §5.5: field-name is a token; the value is trimmed of surrounding whitespace.
  private static final Pattern FIELD_LINE = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+):(.*)");

  /**
   * Parses the text (line breaks CRLF or LF) into an exchange whose source is "example".
   *
   * @throws InputException naming the line ("line 3") when a start line or field line is malformed,
   *     or the response is missing
   */
  public static Exchange parse(String text) {
    List<String> lines = List.of(text.replace("\r\n", "\n").strip().split("\n", -1));
    int at = 0;
    Matcher request = REQUEST_LINE.matcher(lines.get(at));
    if (!request.matches()) {
      throw new InputException(
          "line 1",
          "expected a request line like 'GET /users/42 HTTP/1.1', got '" + lines.get(0) + "'");
    }
    Exchange.Builder b =
        Exchange.builder().method(request.group(1)).target(request.group(2)).source("example");
    at++;
    Headers requestHeaders = Headers.empty();
    for (; at < lines.size() && !lines.get(at).isEmpty(); at++) {
      Headers.Field f = field(lines.get(at), at);
      requestHeaders = requestHeaders.with(f.name(), f.value());
    }
    b.requestHeaders(Optional.of(requestHeaders));
    // The request body runs until a blank line followed by the status line.
    int status = at + 1;
    while (status < lines.size()
        && !(lines.get(status - 1).isEmpty() && STATUS_LINE.matcher(lines.get(status)).matches())) {
      status++;
    }
    if (status >= lines.size()) {
      throw new InputException(
          "line " + lines.size(), "expected a blank line and a status line like 'HTTP/1.1 200 OK'");
    }
    b.requestBody(body(lines, at + 1, status - 1));
    Matcher response = STATUS_LINE.matcher(lines.get(status));
    response.matches();
    b.protocol(response.group(1)).status(Integer.parseInt(response.group(2)));
    if (response.group(3) != null) {
      b.reason(response.group(3));
    }
    at = status + 1;
    Headers headers = Headers.empty();
    for (; at < lines.size() && !lines.get(at).isEmpty(); at++) {
      Headers.Field f = field(lines.get(at), at);
      headers = headers.with(f.name(), f.value());
    }
    b.headers(Optional.of(headers));
    return b.body(body(lines, at + 1, lines.size())).build();
  }

  private static Headers.Field field(String line, int index) {
    Matcher m = FIELD_LINE.matcher(line);
    if (!m.matches()) {
      throw new InputException(
          "line " + (index + 1), "expected a header field like 'Name: value', got '" + line + "'");
    }
    return new Headers.Field(m.group(1), m.group(2).strip());
  }

  /** The lines from..to (exclusive) joined, or empty; a body never ends with a line break. */
  private static String body(List<String> lines, int from, int to) {
    List<String> part = new ArrayList<>(lines.subList(Math.min(from, to), to));
    return String.join("\n", part).strip();
  }
}
