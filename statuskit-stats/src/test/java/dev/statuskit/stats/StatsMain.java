package dev.statuskit.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A bare command line for the benchmark and for trying the engine before the CLI has {@code
 * statuskit stats}: {@code StatsMain [--format text|json|html] [--threads N] [--no-endpoints]
 * FILE...}. Prints the report on stdout.
 */
public final class StatsMain {
  private StatsMain() {}

  public static void main(String[] args) {
    String format = "text";
    Stats.Builder builder = Stats.builder();
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--format" -> format = args[++i];
        case "--threads" -> builder.threads(Integer.parseInt(args[++i]));
        case "--no-endpoints" -> builder.endpoints(false);
        case "--log-format" -> builder.format(args[++i]);
        default -> inputs.add(args[i]);
      }
    }
    StatsReport report = builder.build().run(inputs, ProgressListener.NONE);
    String out =
        switch (format) {
          case "json" -> StatsRender.json(report);
          case "html" -> StatsRender.html(report);
          default -> StatsRender.text(report, System.console() != null, 100);
        };
    System.out.print(out);
  }
}
