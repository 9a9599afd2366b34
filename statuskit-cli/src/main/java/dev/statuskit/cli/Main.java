package dev.statuskit.cli;

import dev.statuskit.text.Ansi;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code statuskit} command: one subcommand per face of the product. */
@Command(
    name = "statuskit",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "The HTTP status code toolkit: reference, checker, mock server, monitor.",
    subcommands = {
      CheckCommand.class,
      RulesCommand.class,
      RequestCommand.class,
      ServeCommand.class,
      UiCommand.class,
      StatsCommand.class,
      ExplainCommand.class,
      SearchCommand.class,
      ListCommand.class,
      AutoComplete.GenerateCompletion.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  statuskit check                audit the built-in demo API (a first look)",
      "  statuskit check rec.har        audit a HAR file from DevTools or a proxy",
      "  statuskit check https://api.example.com /users /orders",
      "  statuskit serve                mock server: any status code, faults, rate limits",
      "  statuskit stats access.log     success rate, errors, latency by status; --fail-if",
      "  statuskit explain 429          what 429 means, its headers, retry advice",
      "  statuskit search rate limit    find the code for a situation",
      "  statuskit list --class 4xx     every client error code",
      "",
      "Exit codes: 0 success, 1 findings or alerts, 2 bad usage or input, 3 internal error.",
      "Colours follow the terminal; set NO_COLOR or pass --no-color to turn them off."
    })
public final class Main implements Runnable {

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of errors (for bug reports).")
  boolean debug;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "Plain output, no colours.")
  boolean noColor;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line; returns the exit code. Tests call this with their own writers. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    CommandLine cli = new CommandLine(main);
    cli.setOut(out).setErr(err);
    // `request --data @file` reads the file as a body; picocli must not split it into arguments.
    cli.setExpandAtFiles(false);
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          boolean plain = main.noColor || !Output.colorWanted();
          line.getErr().println(ExitCodes.message(e, Ansi.of(!plain)));
          if (main.debug) {
            e.printStackTrace(line.getErr());
          }
          line.getErr().flush();
          return ExitCodes.of(e);
        });
    cli.getSubcommands()
        .get("generate-completion")
        .getCommandSpec()
        .usageMessage()
        .hidden(false)
        .description("Print a bash/zsh completion script: source <(statuskit generate-completion)");
    return cli.execute(args);
  }
}
