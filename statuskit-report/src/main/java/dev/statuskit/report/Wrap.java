package dev.statuskit.report;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for the text report. Widths count code points; ANSI codes are added later. */
final class Wrap {
  private Wrap() {}

  /**
   * Breaks the text into lines of at most {@code width} columns, at spaces. The first line starts
   * with {@code first}, the others with {@code rest} (a hanging indent). A word longer than a line
   * stays whole on a line of its own rather than being cut: URLs and ids must stay copyable.
   */
  static List<String> lines(String text, int width, String first, String rest) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int lineWidth = columns(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int w = columns(word);
      if (!empty && lineWidth + 1 + w > width) {
        out.add(line.toString());
        line = new StringBuilder(rest);
        lineWidth = columns(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        lineWidth++;
      }
      line.append(word);
      lineWidth += w;
      empty = false;
    }
    out.add(line.toString());
    return out;
  }

  static int columns(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The text padded with spaces to the given columns. */
  static String pad(String s, int columns) {
    return s + " ".repeat(Math.max(0, columns - columns(s)));
  }
}
