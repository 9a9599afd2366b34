package dev.statuskit.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON lines (one object per line, as nginx {@code escape=json} formats, Caddy, Envoy, pino and
 * most structured loggers write): each object is walked with the streaming parser, descending only
 * into the members the {@link FieldMapping} names and skipping the rest.
 */
final class JsonLinesParser implements LineParser {
  private static final JsonFactory JSON = new JsonFactory();

  /** A node of the mapping's member names: the members to descend into, and what this one is. */
  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    FieldMapping.Source source;
  }

  private final Node root = new Node();

  // The current line's values; reset per line.
  private int status;
  private long epoch;
  private long micros;
  private String target;
  private String client;
  private boolean badTime;

  JsonLinesParser(FieldMapping mapping) {
    for (FieldMapping.Source s : mapping.sources()) {
      Node n = root;
      List<String> path = s.path();
      for (String name : path) {
        n = n.children.computeIfAbsent(name, k -> new Node());
      }
      if (n.source == null) {
        n.source = s;
      }
    }
  }

  @Override
  public String parse(byte[] b, int from, int to, Tally t) {
    status = -1;
    epoch = Timestamps.BAD;
    micros = -1;
    target = null;
    client = null;
    badTime = false;
    try (JsonParser p = JSON.createParser(b, from, to - from)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Reasons.NOT_JSON;
      }
      walk(p, root);
      if (p.nextToken() != null) {
        return Reasons.NOT_JSON;
      }
    } catch (IOException e) {
      return Reasons.NOT_JSON;
    }
    if (status == -1) {
      return Reasons.NO_STATUS;
    }
    if (status < 100 || status > 599) {
      return Reasons.BAD_STATUS;
    }
    if (badTime) {
      return Reasons.BAD_TIMESTAMP;
    }
    t.request(status, epoch, micros, target, client);
    return null;
  }

  private void walk(JsonParser p, Node node) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      Node child = node.children.get(p.currentName());
      JsonToken value = p.nextToken();
      if (child == null) {
        p.skipChildren();
      } else if (value == JsonToken.START_OBJECT) {
        walk(p, child);
      } else {
        if (child.source != null && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          take(child.source, p, value);
        }
        p.skipChildren();
      }
    }
  }

  /** Keeps the first value found for each key (the mapping lists candidates in order). */
  private void take(FieldMapping.Source source, JsonParser p, JsonToken value) throws IOException {
    boolean number = value.isNumeric();
    switch (source.key()) {
      case STATUS -> {
        if (status == -1) {
          status = number ? p.getIntValue() : parseStatus(p.getText());
        }
      }
      case TIME -> {
        if (epoch == Timestamps.BAD && !badTime) {
          if (number) {
            epoch = Timestamps.epochNumber(p.getDoubleValue());
          } else {
            byte[] text = p.getText().getBytes(StandardCharsets.UTF_8);
            epoch = Timestamps.any(text, 0, text.length);
          }
          badTime = epoch == Timestamps.BAD;
        }
      }
      case PATH -> {
        if (target == null) {
          target = targetOf(p.getText());
        }
      }
      case LATENCY -> {
        if (micros < 0) {
          double v = number ? p.getDoubleValue() : parseDouble(p.getText());
          micros = v >= 0 ? Math.round(v * source.microsPerUnit()) : -1;
        }
      }
      case CLIENT -> {
        if (client == null) {
          client = p.getText();
        }
      }
    }
  }

  /** The target of a request line ("GET /a HTTP/1.1"), or the text itself. */
  private static String targetOf(String text) {
    int sp = text.indexOf(' ');
    if (sp < 0) {
      return text;
    }
    int end = text.indexOf(' ', sp + 1);
    return text.substring(sp + 1, end < 0 ? text.length() : end);
  }

  private static int parseStatus(String text) {
    String s = text.strip();
    if (s.length() != 3) {
      return 0;
    }
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    int code = Bytes.status(b, 0, 3);
    return code < 0 ? 0 : code;
  }

  private static double parseDouble(String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
