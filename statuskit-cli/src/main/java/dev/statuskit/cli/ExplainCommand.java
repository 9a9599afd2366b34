package dev.statuskit.cli;

import dev.statuskit.registry.CodeJson;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code statuskit explain 429}: everything the registry knows about one code. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain a status code: meaning, defining spec and section, the headers that go with it"
          + " (MUST/SHOULD/MAY), whether it may carry a body, cacheability, retry advice,"
          + " typical uses, common mistakes and related codes. Or explain a rule of the"
          + " checker (SK103): why it exists and how to fix what it finds."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  statuskit explain 429",
      "  statuskit explain \"Not Found\"          by reason phrase",
      "  statuskit explain 418 --format json    for scripts",
      "  statuskit explain SK103                a rule of `statuskit check`",
      "",
      "Unassigned codes (e.g. 299) are explained by their class. Exit code 2 for anything that",
      "is not a status code (42, 999, abc)."
    })
final class ExplainCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "CODE",
      description = "A status code (100-599), a reason phrase, or a rule id (SK103).")
  String code;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default) or json.",
      defaultValue = "text",
      converter = FormatConverter.class)
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Output o = Output.of(spec);
    if (code.strip().matches("(?i)sk\\d+")) {
      return explainRule(o);
    }
    StatusCode c = CodeArgument.parse(code);
    switch (format) {
      case TEXT -> o.out().println(new CodeText(o.style(), o.width()).render(c));
      case JSON -> o.json(CodeJson.full(c));
      default -> throw new UserError("explain writes text or json, not " + format);
    }
    return ExitCodes.OK;
  }

  private int explainRule(Output o) {
    Rule rule =
        Catalogue.full()
            .find(code.strip())
            .orElseThrow(
                () -> new UserError("'" + code + "' is not a rule (see: statuskit rules)"));
    switch (format) {
      case TEXT -> o.out().println(RuleText.full(o.style(), rule, o.width()));
      case JSON -> o.json(RuleJson.of(rule));
      default -> throw new UserError("explain writes text or json, not " + format);
    }
    return ExitCodes.OK;
  }
}
