package dev.statuskit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.statuskit.text.Ansi;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command writes, and how: the writer, the colours and the width of the terminal. */
record Output(PrintWriter out, Ansi style, int width) {

  private static final int MAX_WIDTH = 120;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Prints a JSON document, indented, for scripts ({@code --format json}). */
  void json(JsonNode document) {
    try {
      out.println(JSON.writeValueAsString(document));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** An empty JSON array to fill and {@link #json print}. */
  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Colour when stdout is a terminal and NO_COLOR is not set (picocli's detection). */
  static boolean colorWanted() {
    return System.getenv("NO_COLOR") == null && CommandLine.Help.Ansi.AUTO.enabled();
  }

  /** Colour and width for the command about to run, following the root's options. */
  static Output of(CommandSpec spec) {
    Main root = (Main) spec.root().userObject();
    boolean color = !root.noColor && Output.colorWanted();
    return new Output(spec.commandLine().getOut(), Ansi.of(color), columns());
  }

  /** The launcher exports COLUMNS for a terminal; elsewhere 100 columns suit files and logs. */
  private static int columns() {
    try {
      int c = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
      return Math.max(40, Math.min(c, MAX_WIDTH));
    } catch (NumberFormatException e) {
      return 100;
    }
  }
}
