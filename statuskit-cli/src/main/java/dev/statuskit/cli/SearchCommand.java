package dev.statuskit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.statuskit.registry.CodeJson;
import dev.statuskit.registry.SearchHit;
import dev.statuskit.registry.StatusCodes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code statuskit search rate limit}: find the code for a situation. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the registry by number, name, or the words you would use for the situation."
          + " Best match first; forgiving of typos and word forms."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  statuskit search rate limit",
      "  statuskit search \"not logged in\"",
      "  statuskit search 50                 codes starting with 50",
      "  statuskit search teapot --format json",
      "",
      "Exit code 0 with results, 1 when nothing matches, 2 for bad usage."
    })
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "WORDS", description = "What to look for.")
  List<String> words;

  @Option(
      names = {"-n", "--limit"},
      defaultValue = "10",
      description = "Show at most this many results (default: ${DEFAULT-VALUE}).")
  int limit;

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
    if (limit < 1) {
      throw new UserError("--limit must be at least 1");
    }
    String query = String.join(" ", words);
    List<SearchHit> hits = StatusCodes.search(query).stream().limit(limit).toList();
    Output o = Output.of(spec);
    switch (format) {
      case TEXT -> text(o, query, hits);
      case JSON -> {
        ArrayNode array = Output.array();
        hits.forEach(h -> array.add(CodeJson.brief(h.code())));
        o.json(array);
      }
      default -> throw new UserError("search writes text or json, not " + format);
    }
    return hits.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static void text(Output o, String query, List<SearchHit> hits) {
    if (hits.isEmpty()) {
      o.out()
          .println("No status code matches '" + query + "'. Try other words, or: statuskit list");
      return;
    }
    for (SearchHit hit : hits) {
      o.out().println(CodeRow.render(o, hit.code()));
    }
  }
}
