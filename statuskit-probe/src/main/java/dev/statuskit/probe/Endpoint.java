package dev.statuskit.probe;

import dev.statuskit.input.InputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * One path to probe, resolved against the base URL.
 *
 * @param path the path as the user gave it, e.g. "/users/42" or "/users/{id}"
 * @param base the base URL it is relative to
 */
record Endpoint(String path, URI base) {

  /** Whether the user wrote a placeholder ({@code /users/{id}}) instead of a real id. */
  boolean isTemplate() {
    return IdShapes.isTemplate(path);
  }

  /** The absolute URL of the path (a template's placeholders must be filled in first). */
  URI uri() {
    return join(base, path);
  }

  /** The absolute URL of another path under the same base. */
  URI uri(String otherPath) {
    return join(base, otherPath);
  }

  /**
   * Resolves the paths against the base URL, checking every one before anything is sent. No paths
   * means the base URL itself.
   *
   * @throws InputException if the base is not an http(s) URL or a path cannot be part of a URL
   */
  static List<Endpoint> resolve(URI base, List<String> paths) {
    checkBase(base);
    List<String> all = paths.isEmpty() ? List.of("") : paths;
    for (String p : all) {
      if (p.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
        throw new InputException(
            p, "paths are relative to the base URL " + base + "; give the path alone");
      }
      // Placeholders are not URL characters; check the rest of the path with them filled in.
      String concrete = IdShapes.PLACEHOLDER.matcher(p).replaceAll("0");
      try {
        join(base, concrete);
      } catch (IllegalArgumentException e) {
        throw new InputException(p, "not a valid URL path: " + why(e));
      }
    }
    return all.stream().map(p -> new Endpoint(p, base)).toList();
  }

  private static void checkBase(URI base) {
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException(base.toString(), "the base must be an http:// or https:// URL");
    }
    if (base.getHost() == null) {
      throw new InputException(base.toString(), "the base URL has no host");
    }
    if (base.getRawQuery() != null || base.getRawFragment() != null) {
      throw new InputException(
          base.toString(), "the base URL cannot have a query or fragment; put it in the paths");
    }
  }

  private static String why(IllegalArgumentException e) {
    if (e.getCause() instanceof URISyntaxException bad && bad.getIndex() >= 0) {
      char c = bad.getInput().charAt(bad.getIndex());
      return bad.getReason().toLowerCase(Locale.ROOT) + " '" + c + "' (percent-encode it)";
    }
    return e.getMessage();
  }

  /** "/api" + "/users/42" → "/api/users/42"; "" stands for the base itself. */
  private static URI join(URI base, String path) {
    String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
    String full;
    if (path.isEmpty()) {
      full = basePath.isEmpty() ? "/" : base.getRawPath();
    } else {
      full = basePath + (path.startsWith("/") ? path : "/" + path);
    }
    return URI.create(base.getScheme() + "://" + base.getRawAuthority() + full);
  }
}
