package dev.statuskit.cli;

import dev.statuskit.text.Ansi;
import java.util.ArrayList;
import java.util.List;

/** Plain-text layout for the terminal: word wrapping and padding. */
final class Text {
  private Text() {}

  /** Wraps text to the width in visible characters (colour codes take no room). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String word : text.strip().split("\\s+")) {
      int w = visible(word);
      if (used > 0 && used + 1 + w > width) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      if (used > 0) {
        line.append(' ');
        used++;
      }
      line.append(word);
      used += w;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The text wrapped to the width, each line prefixed by the indent. */
  static String indent(String text, String indent, int width) {
    return String.join(
        "\n",
        wrap(text, Math.max(20, width - indent.length())).stream().map(l -> indent + l).toList());
  }

  static int visible(String s) {
    return Ansi.width(s);
  }

  /** Cuts to the width with an ellipsis. */
  static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
  }
}
