package dev.statuskit.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.statuskit.input.InputException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's adjustments to the catalogue, as in {@code .statuskit.yml}:
 *
 * <pre>
 * rules:
 *   SK103: off        # disable a rule
 *   SK301: info       # change its severity
 * ignore:             # paths never checked (globs: * within a segment, ** across)
 *   - /health
 *   - /internal/**
 * </pre>
 *
 * @param severities rules whose severity changes
 * @param disabled rules turned off
 * @param ignore path globs never checked
 * @param source where the config came from, for messages
 */
public record RuleConfig(
    Map<String, Severity> severities, List<String> disabled, List<String> ignore, String source) {

  /** The file name statuskit looks for in the working directory. */
  public static final String FILE_NAME = ".statuskit.yml";

  public RuleConfig {
    severities = Map.copyOf(severities);
    disabled = List.copyOf(disabled);
    ignore = List.copyOf(ignore);
  }

  public static RuleConfig none() {
    return new RuleConfig(Map.of(), List.of(), List.of(), "defaults");
  }

  /**
   * Reads a config file.
   *
   * @throws InputException naming the file and line when it cannot be read or makes no sense
   */
  public static RuleConfig load(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? file.toString() : file + ":" + at.getLineNr();
      throw new InputException(where, "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return none();
    }
    if (!root.isObject()) {
      throw new InputException(file.toString(), "expected a mapping with 'rules' and 'ignore'");
    }
    Map<String, Severity> severities = new LinkedHashMap<>();
    List<String> disabled = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rules").fields(); it.hasNext(); ) {
      var e = it.next();
      String id = e.getKey();
      String value = e.getValue().asText();
      if (value.equalsIgnoreCase("off") || value.equalsIgnoreCase("false")) {
        disabled.add(id);
      } else {
        severities.put(
            id,
            Severity.parse(value)
                .orElseThrow(
                    () ->
                        new InputException(
                            file.toString(),
                            "rule "
                                + id
                                + ": '"
                                + value
                                + "' is not off, error, warning or info")));
      }
    }
    List<String> ignore = new ArrayList<>();
    root.path("ignore").forEach(n -> ignore.add(n.asText()));
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("rules") && !key.equals("ignore")) {
        throw new InputException(file.toString(), "unknown setting '" + key + "'");
      }
    }
    return new RuleConfig(severities, disabled, ignore, file.toString());
  }

  /** The config in the directory, if there is one. */
  public static Optional<RuleConfig> find(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? Optional.of(load(file)) : Optional.empty();
  }

  /** The ignore globs, compiled. */
  List<PathMatcher> ignoreMatchers() {
    return ignore.stream()
        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
        .toList();
  }
}
