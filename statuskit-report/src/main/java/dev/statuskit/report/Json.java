package dev.statuskit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.rules.Evidence;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the JSON formats (statuskit's own and SARIF) the same way: two-space indentation, "\n"
 * line ends on every platform, members in the order they were added, a final newline. Output is
 * byte-for-byte reproducible, which golden files and diffs rely on.
 */
final class Json {
  private Json() {}

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  static void write(JsonNode root, Writer out) throws IOException {
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT);
    MAPPER.writer(pretty).writeValue(out, root);
    out.write('\n');
    out.flush();
  }

  /** [{"label": ..., "value": ...}], the evidence as both JSON formats carry it. */
  static ArrayNode evidence(List<Evidence> evidence) {
    ArrayNode out = array();
    evidence.forEach(e -> out.addObject().put("label", e.label()).put("value", e.value()));
    return out;
  }
}
