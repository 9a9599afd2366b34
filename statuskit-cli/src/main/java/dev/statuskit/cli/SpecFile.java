package dev.statuskit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.statuskit.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * OpenAPI documents as {@code check} meets them: telling a spec file from a HAR file, and fetching
 * a spec that an API serves.
 */
final class SpecFile {
  private SpecFile() {}

  /** Whether an argument names an http(s) URL rather than a file. */
  static boolean isUrl(String argument) {
    return argument.matches("(?i)https?://.*");
  }

  /** Larger specs exist, but not as one file an API serves. */
  static final long MAX_FETCHED = 20L * 1024 * 1024;

  /** Top-level members a spec sniff reads before it gives up (HAR's "log" is normally first). */
  private static final int MEMBERS_SNIFFED = 32;

  /**
   * Whether the file is meant as an OpenAPI document rather than a HAR: YAML by its name, JSON by
   * an "openapi" or "swagger" member at the top level. A file that does not parse is not a spec
   * here; the HAR reader then says what is wrong with it.
   */
  static boolean isSpec(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file);
        JsonParser json = new JsonFactory().createParser(in)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      for (int i = 0; i < MEMBERS_SNIFFED && json.nextToken() == JsonToken.FIELD_NAME; i++) {
        String member = json.currentName();
        if (member.equals("openapi") || member.equals("swagger")) {
          return true;
        }
        if (member.equals("log")) {
          return false;
        }
        json.nextToken();
        json.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The spec named by {@code --openapi}: a file as it is, or an http(s) URL fetched into a
   * temporary file (deleted when the JVM exits).
   *
   * @throws InputException if the file is missing, or the URL cannot be fetched: one line naming it
   */
  static Path resolve(String spec, Duration timeout) {
    if (!isUrl(spec)) {
      Path file = Path.of(spec);
      if (!Files.isRegularFile(file)) {
        throw new InputException(spec, "no such file");
      }
      return file;
    }
    return fetch(URI.create(spec), timeout);
  }

  /** What went wrong, in words rather than an exception's name. */
  private static String why(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "connect timed out";
    }
    if (e instanceof HttpTimeoutException) {
      return "no response in time";
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof UnknownHostException) {
      return "unknown host";
    }
    if (e instanceof SSLException) {
      return "TLS failure";
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "I/O error" : e.getMessage();
  }

  /** GETs the spec; only a 200 with a body of bounded size is taken. */
  static Path fetch(URI url, Duration timeout) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Accept", "application/yaml, application/json;q=0.9, */*;q=0.1")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new InputException(
              url.toString(), "the spec could not be fetched: status " + response.statusCode());
        }
        Path file = Files.createTempFile("statuskit-spec-", ".yaml");
        file.toFile().deleteOnExit();
        byte[] bytes = body.readNBytes((int) MAX_FETCHED + 1);
        if (bytes.length > MAX_FETCHED) {
          throw new InputException(url.toString(), "the spec is larger than 20 MB");
        }
        Files.write(file, bytes);
        return file;
      }
    } catch (IOException e) {
      throw new InputException(url.toString(), "the spec could not be fetched: " + why(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(url.toString(), "interrupted while fetching the spec");
    }
  }
}
