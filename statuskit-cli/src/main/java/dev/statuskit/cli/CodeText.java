package dev.statuskit.cli;

import dev.statuskit.registry.HeaderRequirement;
import dev.statuskit.registry.Standing;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.registry.Strength;
import dev.statuskit.text.Ansi;
import java.util.List;
import java.util.stream.Collectors;

/** Lays out one registry entry for the terminal. */
final class CodeText {
  private static final int LABEL = 13;

  /** Prose reads best at a limited line length, however wide the terminal. */
  private static final int PROSE = 100;

  private static final String INDENT = " ".repeat(LABEL);

  private final Ansi s;
  private final int width;

  CodeText(Ansi style, int width) {
    this.s = style;
    this.width = Math.min(width, PROSE);
  }

  String render(StatusCode c) {
    StringBuilder b = new StringBuilder();
    String title = s.statusClass(c.statusClass(), s.bold(c.code() + " " + c.phrase()));
    b.append(title)
        .append("   ")
        .append(s.dim(c.statusClass().label() + " " + c.statusClass().title()))
        .append(s.dim(" · "))
        .append(standing(c))
        .append('\n');
    b.append(Text.indent(c.summary(), "", width)).append("\n\n");
    row(b, "Defined in", c.reference() + "  " + s.dim(c.reference().url()));
    c.origin().ifPresent(o -> row(b, "Used by", o));
    if (!c.aka().isEmpty()) {
      row(b, "Also known", String.join(", ", c.aka()));
    }
    b.append('\n').append(Text.indent(c.description(), "", width)).append("\n\n");
    headers(b, c.headers());
    row(b, "Body", c.bodyAllowed() ? "allowed" : s.bold("none allowed") + " in this response");
    row(
        b,
        "Cacheable",
        c.cacheable()
            ? "yes, by default (heuristically cacheable without explicit freshness)"
            : "only with explicit freshness (Cache-Control, Expires)");
    row(b, "Retry", s.bold(c.retry().advice().label()) + ": " + c.retry().note());
    list(b, "Typical uses", c.uses());
    list(b, "Mistakes", c.mistakes());
    if (!c.related().isEmpty()) {
      b.append('\n');
      row(
          b,
          "Related",
          c.related().stream()
              .map(StatusCodes::of)
              .map(r -> r.code() + " " + r.name())
              .collect(Collectors.joining(", ")));
    }
    return b.toString().stripTrailing();
  }

  private String standing(StatusCode c) {
    String label = c.standing().label();
    return c.standing() == Standing.STANDARD ? s.dim(label) : s.magenta(label);
  }

  private void headers(StringBuilder b, List<HeaderRequirement> headers) {
    if (headers.isEmpty()) {
      row(b, "Headers", "none specific to this code");
      return;
    }
    int nameWidth = headers.stream().mapToInt(h -> h.name().length()).max().orElse(0);
    b.append(s.bold("Headers")).append('\n');
    for (HeaderRequirement h : headers) {
      String head =
          "  " + Ansi.pad(strength(h.strength()), 9) + Ansi.pad(s.bold(h.name()), nameWidth + 2);
      String rest = h.note() + " " + s.dim("(" + h.source() + ")");
      List<String> lines = Text.wrap(rest, Math.max(20, width - 11 - nameWidth - 2));
      String hang = " ".repeat(11 + nameWidth + 2);
      b.append(head).append(lines.get(0)).append('\n');
      lines.stream().skip(1).forEach(l -> b.append(hang).append(l).append('\n'));
    }
    b.append('\n');
  }

  private String strength(Strength strength) {
    return switch (strength) {
      case MUST -> s.red(strength.name());
      case SHOULD -> s.yellow(strength.name());
      case MAY -> s.green(strength.name());
      case PRACTICE -> s.cyan("PRACTICE");
    };
  }

  private void row(StringBuilder b, String label, String value) {
    List<String> lines = Text.wrap(value, width - LABEL);
    b.append(Ansi.pad(s.bold(label), LABEL)).append(lines.isEmpty() ? "" : lines.get(0));
    b.append('\n');
    lines.stream().skip(1).forEach(l -> b.append(INDENT).append(l).append('\n'));
  }

  private void list(StringBuilder b, String label, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    b.append('\n').append(s.bold(label)).append('\n');
    for (String item : items) {
      List<String> lines = Text.wrap(item, width - 4);
      b.append("  • ").append(lines.get(0)).append('\n');
      lines.stream().skip(1).forEach(l -> b.append("    ").append(l).append('\n'));
    }
  }
}
