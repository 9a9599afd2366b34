package dev.statuskit.cli;

import dev.statuskit.registry.StatusCode;
import dev.statuskit.text.Ansi;

/** One aligned line per code, as {@code search} and {@code list} print them. */
final class CodeRow {
  private static final int NAME = 34;
  private static final int ORIGIN = 16;

  private CodeRow() {}

  static String render(Output o, StatusCode c) {
    Ansi s = o.style();
    String code = s.statusClass(c.statusClass(), s.bold(String.valueOf(c.code())));
    String name = Text.cut(c.phrase(), NAME - 1);
    String mark =
        c.isRegistered()
            ? ""
            : s.magenta("[" + Text.cut(c.origin().orElse("unassigned"), ORIGIN) + "] ");
    int room = Math.max(10, o.width() - 5 - NAME - Text.visible(mark));
    return code + "  " + Ansi.pad(name, NAME) + mark + s.dim(Text.cut(c.summary(), room));
  }
}
