package dev.statuskit.cli;

import dev.statuskit.rules.Example;
import dev.statuskit.rules.Rule;
import dev.statuskit.text.Ansi;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lays out a rule of the catalogue for the terminal and as JSON. */
final class RuleText {
  private RuleText() {}

  /** One aligned line: id, severity, category, title. */
  static String row(Ansi s, Rule r) {
    return s.bold(r.id())
        + "  "
        + Ansi.pad(s.severity(r.severity(), r.severity().label()), 8)
        + Ansi.pad(s.dim(r.category().label()), 12)
        + r.title();
  }

  static String full(Ansi s, Rule r, int width) {
    int w = Math.min(width, 100);
    StringBuilder b = new StringBuilder();
    b.append(s.bold(r.id() + "  " + r.title())).append('\n');
    b.append(s.severity(r.severity(), r.severity().label()))
        .append(s.dim(" · " + r.category().label() + " rule"))
        .append('\n')
        .append('\n');
    b.append(Text.indent(r.rationale(), "", w)).append("\n\n");
    b.append(s.bold("Fix")).append('\n').append(Text.indent(r.fix(), "  ", w)).append("\n\n");
    if (!r.examples().isEmpty()) {
      b.append(s.bold("Examples")).append('\n');
      r.examples().forEach(e -> b.append(example(s, e)).append("\n\n"));
    }
    b.append(Ansi.pad(s.bold("See"), 7)).append(r.link()).append('\n');
    if (!r.needs().isEmpty()) {
      b.append(Ansi.pad(s.bold("Needs"), 7))
          .append(
              r.needs().stream()
                  .map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                  .sorted()
                  .collect(Collectors.joining(", ")))
          .append(s.dim("  (skipped where the source lacks them)"))
          .append('\n');
    }
    b.append(
        s.dim(
            "Configure in .statuskit.yml:  rules: { "
                + r.id()
                + ": off | error | warning | info }"));
    return b.toString();
  }

  /**
   * "Flags: caption" or "Passes: caption", then the example's text as written, indented: an
   * exchange, a spec or a probe keeps its own line breaks, so it is not wrapped.
   */
  static String example(Ansi s, Example e) {
    String label = e.flagged() ? s.bold(s.red("Flags:")) : s.bold(s.green("Passes:"));
    String text =
        String.join("\n", e.text().lines().map(l -> l.isEmpty() ? "" : "    " + l).toList());
    return "  " + label + " " + s.dim(e.caption()) + "\n" + text;
  }
}
