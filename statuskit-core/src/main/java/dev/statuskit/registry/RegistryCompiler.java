package dev.statuskit.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build-time tool, run by Maven before the tests: reads the registry's YAML files, checks that
 * every entry loads, and writes them as the one JSON resource that statuskit reads at run time. Not
 * part of the API.
 */
public final class RegistryCompiler {

  private RegistryCompiler() {}

  /**
   * @param args the folder of YAML files, and the JSON file to write
   */
  public static void main(String[] args) throws IOException {
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectMapper json = new ObjectMapper();
    ObjectNode compiled = json.createObjectNode();
    ArrayNode codes = compiled.putArray("codes");
    for (String file : RegistryLoader.CODE_FILES) {
      for (JsonNode entry : list(yaml, source.resolve(file))) {
        codes.addObject().put("file", file).set("entry", entry);
      }
    }
    compiled.set("unassigned", list(yaml, source.resolve(RegistryLoader.UNASSIGNED_FILE)));
    Registry checked = RegistryLoader.registry(compiled);
    Files.createDirectories(target.getParent());
    json.writeValue(target.toFile(), compiled);
    System.out.println(
        "registry: " + checked.all().size() + " codes compiled into " + target.getFileName());
  }

  private static JsonNode list(ObjectMapper yaml, Path file) throws IOException {
    JsonNode root = yaml.readTree(file.toFile());
    if (root == null || !root.isArray()) {
      throw new IllegalStateException(file + ": expected a list of entries");
    }
    return root;
  }
}
