package dev.statuskit.openapi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.statuskit.input.InputException;
import dev.statuskit.input.JsonErrors;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a spec file into a {@link Spec}: first as plain JSON or YAML (so syntax errors, documents
 * that are not OpenAPI and {@code $ref}s that point nowhere are reported with their line), then
 * with swagger-parser, which turns Swagger 2.0 into the OpenAPI 3 model and brings in $refs to
 * other local files. Remote $refs are refused: linting a spec never touches the network.
 */
final class SpecReader {
  private SpecReader() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Spec read(Path file) {
    String name = file.toString();
    String text = readText(file, name);
    ObjectMapper mapper = looksLikeJson(text) ? JSON : YAML;
    JsonNode root = parse(text, mapper, name);
    SourceMap source;
    try {
      source = SourceMap.of(text, mapper.getFactory());
    } catch (IOException e) {
      throw new InputException(name, "cannot read the file: " + e.getMessage(), e);
    }
    String version = version(root, name, source);
    checkRefs(file, name, root, source, new HashMap<>());
    SwaggerParseResult parsed = parseModel(file, name, version);
    List<String> notes =
        Optional.ofNullable(parsed.getMessages()).orElse(List.of()).stream()
            .map(m -> m.replaceAll("\\s+", " ").strip())
            .toList();
    return new Spec(name, version, parsed.getOpenAPI(), source, notes);
  }

  private static String readText(Path file, String name) {
    if (Files.isDirectory(file)) {
      throw new InputException(name, "is a directory, not an OpenAPI document");
    }
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name, "cannot read the file: permission denied");
    } catch (IOException e) {
      throw new InputException(name, "cannot read the file as UTF-8: " + e.getMessage(), e);
    }
  }

  /** JSON is also YAML, but Jackson's JSON parser gives JSON-specific messages and columns. */
  private static boolean looksLikeJson(String text) {
    return text.stripLeading().startsWith("{");
  }

  private static JsonNode parse(String text, ObjectMapper mapper, String name) {
    String kind = mapper == JSON ? "JSON" : "YAML";
    try {
      JsonNode root = mapper.readTree(text);
      if (root == null || root.isMissingNode()) {
        throw new InputException(name, "not an OpenAPI document: the file is empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new InputException(
          location(name, e.getLocation()), "invalid " + kind + ": " + detail(e));
    }
  }

  /** "2.0", "3.0.3", "3.1.0", from the document's own version field. */
  private static String version(JsonNode root, String name, SourceMap source) {
    if (!root.isObject()) {
      throw new InputException(
          name + ":1",
          "not an OpenAPI document: expected a mapping with an 'openapi' or 'swagger' field");
    }
    JsonNode openapi = root.get("openapi");
    JsonNode swagger = root.get("swagger");
    if (openapi == null && swagger == null) {
      throw new InputException(
          name + ":1",
          "not an OpenAPI document: it has neither an 'openapi' nor a 'swagger' field");
    }
    String field = openapi != null ? "openapi" : "swagger";
    String version = (openapi != null ? openapi : swagger).asText();
    boolean supported =
        openapi != null ? version.matches("3\\.[01](\\.\\d+.*)?") : version.equals("2.0");
    if (!supported) {
      throw new InputException(
          name + ":" + source.line("/" + field),
          "unsupported version "
              + field
              + ": "
              + version
              + "; statuskit reads Swagger 2.0 and OpenAPI 3.0 and 3.1");
    }
    return version;
  }

  /**
   * Every $ref must lead somewhere: "#/..." into this document, "other.yaml#/..." into a local file
   * that has that member. swagger-parser only says that a ref failed, not where it is written.
   */
  private static void checkRefs(
      Path file, String name, JsonNode root, SourceMap source, Map<Path, JsonNode> others) {
    for (SourceMap.RefSite site : source.refs()) {
      String where = name + ":" + site.line();
      String ref = site.ref();
      int hash = ref.indexOf('#');
      String target = hash < 0 ? ref : ref.substring(0, hash);
      String fragment = hash < 0 ? "" : Pointer.ofFragment(ref.substring(hash + 1));
      if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
        throw new InputException(
            where,
            "remote $ref '"
                + ref
                + "' not followed: statuskit reads local files only; save it next to the spec"
                + " and refer to the copy");
      }
      JsonNode doc = target.isEmpty() ? root : other(file, target, ref, where, others);
      if (!fragment.isEmpty() && !fragment.startsWith("/")) {
        throw new InputException(
            where, "unresolved $ref '" + ref + "': its fragment is not a JSON pointer");
      }
      if (!fragment.isEmpty() && doc.at(fragment).isMissingNode()) {
        throw new InputException(
            where,
            "unresolved $ref '"
                + ref
                + "': "
                + (target.isEmpty() ? "this document" : target)
                + " has nothing at "
                + fragment);
      }
    }
  }

  private static JsonNode other(
      Path file, String target, String ref, String where, Map<Path, JsonNode> others) {
    Path dir = file.toAbsolutePath().getParent();
    Path path = dir.resolve(Pointer.ofFragment(target)).normalize();
    JsonNode cached = others.get(path);
    if (cached != null) {
      return cached;
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(where, "unresolved $ref '" + ref + "': no file " + path);
    }
    String text = readText(path, path.toString());
    JsonNode doc = parse(text, looksLikeJson(text) ? JSON : YAML, path.toString());
    others.put(path, doc);
    return doc;
  }

  private static SwaggerParseResult parseModel(Path file, String name, String version) {
    ParseOptions options = new ParseOptions();
    // Resolve refs to other files into components, but keep internal refs: a shared error schema
    // is recognised by its $ref.
    options.setResolve(true);
    options.setResolveFully(false);
    String location = file.toAbsolutePath().toString();
    SwaggerParseResult result =
        version.equals("2.0")
            ? new SwaggerConverter().readLocation(location, null, options)
            : new OpenAPIV3Parser().readLocation(location, null, options);
    OpenAPI api = result == null ? null : result.getOpenAPI();
    if (api == null) {
      List<String> messages =
          Optional.ofNullable(result).map(SwaggerParseResult::getMessages).orElse(List.of());
      throw new InputException(
          name,
          "not a readable OpenAPI document"
              + (messages.isEmpty() ? "" : ": " + messages.get(0).replaceAll("\\s+", " ")));
    }
    return result;
  }

  private static String location(String name, JsonLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return name;
    }
    return name + ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  /** Jackson's message on one line, without its own location. */
  private static String detail(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException y && y.getProblem() != null) {
      // SnakeYAML's message quotes the lines with carets; the problem and its context suffice.
      String context =
          y.getContext() == null || y.getContextMark() == null
              ? ""
              : " ("
                  + y.getContext()
                  + " that starts at line "
                  + (y.getContextMark().getLine() + 1)
                  + ")";
      return (y.getProblem() + context).replaceAll("\\s+", " ").strip();
    }
    return JsonErrors.message(e);
  }
}
