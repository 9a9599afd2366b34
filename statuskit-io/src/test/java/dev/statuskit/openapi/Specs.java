package dev.statuskit.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small inline specs for table tests: a few operations wrapped in a complete document. */
final class Specs {
  private Specs() {}

  /** Components every inline spec can refer to. */
  private static final String COMPONENTS =
      """
      components:
        schemas:
          Error: {type: object, properties: {code: {type: string}, message: {type: string}}}
          Order: {type: object, properties: {id: {type: string}, total: {type: number}}}
        securitySchemes:
          bearer: {type: http, scheme: bearer}
          key: {type: apiKey, in: header, name: X-Api-Key}
          oauth:
            type: oauth2
            flows:
              clientCredentials:
                tokenUrl: https://auth.example.com/token
                scopes: {orders:read: read orders, orders:write: change orders}
          oidc: {type: openIdConnect, openIdConnectUrl: https://id.example.com/.well-known/openid-configuration}
      """;

  /** An OpenAPI 3.0 document with these paths (written from column 0) and the shared components. */
  static String oas3(String paths) {
    return oas3("", paths);
  }

  /** As {@link #oas3(String)}, with more top-level members (e.g. a global {@code security}). */
  static String oas3(String topLevel, String paths) {
    return "openapi: 3.0.3\ninfo: {title: test, version: '1'}\n"
        + topLevel
        + "paths:\n"
        + paths.indent(2)
        + COMPONENTS;
  }

  /** Writes the text to a fresh temporary file and reads it as a spec. */
  static Spec read(String text) {
    return read(text, ".yaml");
  }

  static Spec read(String text, String suffix) {
    Path file = write(text, suffix);
    try {
      return SpecReader.read(file);
    } finally {
      delete(file);
    }
  }

  static Path write(String text, String suffix) {
    try {
      Path file = Files.createTempFile("spec", suffix);
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
