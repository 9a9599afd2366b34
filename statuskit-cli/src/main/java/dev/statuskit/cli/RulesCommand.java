package dev.statuskit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.statuskit.rules.Category;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleJson;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code statuskit rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "List the rules that `statuskit check` applies: id, default severity, family and title."
          + " `statuskit explain SK103` tells why a rule exists and how to fix what it finds."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  statuskit rules",
      "  statuskit rules --category error-body",
      "  statuskit rules --format json",
      "  statuskit explain SK103"
    })
final class RulesCommand implements Callable<Integer> {

  @Option(
      names = {"-c", "--category"},
      paramLabel = "FAMILY",
      description = "Only one family: protocol, semantics, error-body or probe.")
  String category;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default), json or markdown.",
      defaultValue = "text",
      converter = FormatConverter.class)
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Category only = category == null ? null : parseCategory(category);
    List<Rule> rules =
        Catalogue.full().rules().stream()
            .filter(r -> only == null || r.category() == only)
            .toList();
    Output o = Output.of(spec);
    switch (format) {
      case TEXT -> rules.forEach(r -> o.out().println(RuleText.row(o.style(), r)));
      case JSON -> {
        ArrayNode array = Output.array();
        rules.forEach(r -> array.add(RuleJson.of(r)));
        o.json(array);
      }
      case MARKDOWN -> {
        o.out().println("| Rule | Severity | Family | Title |");
        o.out().println("|---|---|---|---|");
        rules.forEach(
            r ->
                o.out()
                    .println(
                        "| ["
                            + r.id()
                            + "]("
                            + r.link()
                            + ") | "
                            + r.severity().label()
                            + " | "
                            + r.category().label()
                            + " | "
                            + r.title().replace("|", "\\|")
                            + " |"));
      }
      default -> throw new UserError("rules writes text, json or markdown, not " + format);
    }
    return ExitCodes.OK;
  }

  private static Category parseCategory(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return Category.valueOf(t);
    } catch (IllegalArgumentException e) {
      throw new UserError(
          "unknown rule family '" + text + "'; use protocol, semantics, error-body or probe");
    }
  }
}
