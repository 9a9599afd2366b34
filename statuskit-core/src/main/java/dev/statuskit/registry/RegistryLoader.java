package dev.statuskit.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the registry's data (see src/main/registry/FORMAT.md) into records. The YAML files are
 * compiled at build time into one JSON resource of the same shape (see {@link RegistryCompiler}),
 * which is what a running statuskit reads. The data ships inside the jar, so a problem here is a
 * bug in the data: it fails loudly, naming the file and code.
 */
final class RegistryLoader {

  static final List<String> CODE_FILES =
      List.of("1xx.yaml", "2xx.yaml", "3xx.yaml", "4xx.yaml", "5xx.yaml", "unofficial.yaml");
  static final String UNASSIGNED_FILE = "unassigned.yaml";
  static final String COMPILED = "registry.json";

  private RegistryLoader() {}

  /** Reads the compiled registry from the classpath. */
  static Registry load() {
    try (InputStream in = RegistryLoader.class.getResourceAsStream(COMPILED)) {
      if (in == null) {
        throw new IllegalStateException(
            COMPILED + " is missing from the classpath: build with Maven, which compiles it");
      }
      return registry(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COMPILED, e);
    }
  }

  /**
   * The registry from the compiled tree: {@code {"codes": [{file, entry}...], "unassigned":
   * [...]}}, each entry remembering its source file for error messages.
   */
  static Registry registry(JsonNode compiled) {
    List<StatusCode> codes = new ArrayList<>();
    for (JsonNode item : compiled.path("codes")) {
      codes.add(code(item.path("file").asText(), item.path("entry")));
    }
    List<UnassignedRange> ranges = new ArrayList<>();
    for (JsonNode range : compiled.path("unassigned")) {
      ranges.add(new UnassignedRange(range.path("from").asInt(), range.path("to").asInt()));
    }
    return new Registry(codes, ranges);
  }

  private static StatusCode code(String file, JsonNode e) {
    Field f = new Field(file, e);
    int code = f.integer("code");
    Standing standing = f.enumeration("standing", Standing.class);
    JsonNode ref = f.required("reference");
    Reference reference =
        new Reference(
            f.text(ref, "document"),
            Optional.ofNullable(ref.get("section")).map(JsonNode::asText),
            f.text(ref, "url"));
    Optional<String> origin = Optional.ofNullable(e.get("origin")).map(JsonNode::asText);
    if ((standing == Standing.UNOFFICIAL) != origin.isPresent()) {
      throw f.problem("unofficial codes, and only they, name an origin");
    }
    JsonNode retry = f.required("retry");
    List<HeaderRequirement> headers =
        f.list(
            "headers",
            h ->
                new HeaderRequirement(
                    f.text(h, "name"),
                    Strength.valueOf(f.text(h, "strength")),
                    f.text(h, "section"),
                    f.text(h, "note")));
    return new StatusCode(
        code,
        f.text(e, "phrase"),
        standing,
        reference,
        origin,
        f.list("aka", JsonNode::asText),
        f.text(e, "summary"),
        f.text(e, "description").strip(),
        f.list("uses", JsonNode::asText),
        f.list("mistakes", JsonNode::asText),
        f.list("related", JsonNode::asInt),
        f.list("synonyms", JsonNode::asText),
        f.bodyAllowed(),
        f.required("cacheable").asBoolean(),
        new Retry(RetryAdvice.valueOf(constant(f.text(retry, "when"))), f.text(retry, "note")),
        headers);
  }

  private static String constant(String yamlWord) {
    return yamlWord.trim().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** Field access that names the file and code in every complaint. */
  private record Field(String file, JsonNode entry) {

    IllegalStateException problem(String what) {
      return new IllegalStateException(
          file + ", code " + entry.path("code").asText("?") + ": " + what);
    }

    JsonNode required(String name) {
      JsonNode v = entry.get(name);
      if (v == null || v.isNull()) {
        throw problem("missing field '" + name + "'");
      }
      return v;
    }

    int integer(String name) {
      return required(name).asInt();
    }

    String text(JsonNode node, String name) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull() || v.asText().isBlank()) {
        throw problem("missing field '" + name + "'");
      }
      return v.asText();
    }

    <E extends Enum<E>> E enumeration(String name, Class<E> type) {
      try {
        return Enum.valueOf(type, constant(required(name).asText()));
      } catch (IllegalArgumentException ex) {
        throw problem("unknown " + name + " '" + entry.get(name).asText() + "'");
      }
    }

    <T> List<T> list(String name, Function<JsonNode, T> item) {
      JsonNode v = entry.get(name);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw problem("'" + name + "' must be a list");
      }
      List<T> out = new ArrayList<>();
      v.forEach(n -> out.add(item.apply(n)));
      return out;
    }

    boolean bodyAllowed() {
      String body = required("body").asText();
      return switch (body) {
        case "allowed" -> true;
        case "forbidden" -> false;
        default -> throw problem("body must be 'allowed' or 'forbidden', not '" + body + "'");
      };
    }
  }
}
