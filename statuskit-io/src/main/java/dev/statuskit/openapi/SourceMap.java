package dev.statuskit.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each member of a spec file is written: JSON pointer → line. swagger-parser's model has no
 * positions, so the file is read a second time, as a token stream, only to remember the line of
 * every key and array element; it also collects every {@code $ref} with its place.
 */
final class SourceMap {

  /** A {@code $ref} as written: its value and the object that holds it. */
  record RefSite(String ref, String pointer, int line) {}

  private final Map<String, Integer> lines;
  private final List<RefSite> refs;

  private SourceMap(Map<String, Integer> lines, List<RefSite> refs) {
    this.lines = lines;
    this.refs = List.copyOf(refs);
  }

  /** Reads the token stream of a document that has already parsed as a tree without error. */
  static SourceMap of(String text, JsonFactory factory) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    List<RefSite> refs = new ArrayList<>();
    Deque<Frame> open = new ArrayDeque<>();
    lines.put("", 1);
    try (JsonParser p = factory.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        int line = p.currentTokenLocation().getLineNr();
        Frame parent = open.peek();
        switch (t) {
          case FIELD_NAME -> {
            parent.key = p.currentName();
            lines.put(parent.pointer + "/" + Pointer.escape(parent.key), line);
          }
          case START_OBJECT, START_ARRAY -> {
            String at = parent == null ? "" : parent.child(lines, line);
            open.push(new Frame(at, t == JsonToken.START_ARRAY));
          }
          case END_OBJECT, END_ARRAY -> open.pop();
          default -> {
            if (parent == null) {
              continue;
            }
            parent.child(lines, line);
            if (!parent.array && "$ref".equals(parent.key) && t == JsonToken.VALUE_STRING) {
              refs.add(new RefSite(p.getText(), parent.pointer, line));
            }
          }
        }
      }
    }
    return new SourceMap(lines, refs);
  }

  /**
   * The line of the member at the pointer, or of its nearest ancestor written in this file (a
   * member brought in from another file by a {@code $ref} has no line here).
   */
  int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int cut = p.lastIndexOf('/');
      if (cut < 0) {
        return 1;
      }
      p = p.substring(0, cut);
    }
  }

  /** Whether the file has a member at exactly this pointer. */
  boolean has(String pointer) {
    return lines.containsKey(pointer);
  }

  List<RefSite> refs() {
    return refs;
  }

  /** An open object or array, and where its next child goes. */
  private static final class Frame {
    final String pointer;
    final boolean array;
    String key;
    int index;

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }

    /** The pointer of the value that starts now; array elements get their line recorded here. */
    String child(Map<String, Integer> lines, int line) {
      if (!array) {
        return pointer + "/" + Pointer.escape(key);
      }
      String at = pointer + "/" + index++;
      lines.put(at, line);
      return at;
    }
  }
}
