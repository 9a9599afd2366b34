package dev.statuskit.stats;

import dev.statuskit.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The inputs a user names: files, globs the shell left alone, and "-" for standard input. */
final class Inputs {
  private Inputs() {}

  /** One input: a file, or a stream (standard input, or one the caller gives) when path is null. */
  record Input(String name, Path path, InputStream stream) {
    boolean stdin() {
      return path == null;
    }
  }

  /** Standard input, which the run reads but does not close: it belongs to the process. */
  static Input stdin() {
    return new Input(
        "stdin",
        null,
        new java.io.FilterInputStream(System.in) {
          @Override
          public void close() {
            // Standard input belongs to the process.
          }
        });
  }

  static final String STDIN = "-";

  static List<Input> expand(List<String> args) {
    if (args.isEmpty()) {
      throw new InputException("stats", "no input: name a log file, a glob, or - for stdin");
    }
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(STDIN)) {
        inputs.add(stdin());
      } else if (isGlob(arg) && !Files.exists(Path.of(arg))) {
        List<Path> matches = glob(arg);
        if (matches.isEmpty()) {
          throw new InputException(arg, "no file matches the pattern");
        }
        matches.forEach(p -> inputs.add(new Input(p.toString(), p, null)));
      } else {
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
          throw new InputException(arg, "is a directory, not a log file (use a glob: dir/*.log)");
        }
        if (!Files.exists(p)) {
          throw new InputException(arg, "no such file");
        }
        if (!Files.isReadable(p)) {
          throw new InputException(arg, "cannot read the file: permission denied");
        }
        inputs.add(new Input(arg, p, null));
      }
    }
    return inputs;
  }

  private static boolean isGlob(String arg) {
    return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** The regular files matching a glob, in name order; "**" crosses directories. */
  private static List<Path> glob(String pattern) {
    int firstMeta = 0;
    while ("*?[{".indexOf(pattern.charAt(firstMeta)) < 0) {
      firstMeta++;
    }
    int slash = pattern.lastIndexOf('/', firstMeta);
    Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : pattern.substring(0, slash));
    String rest = pattern.substring(slash + 1);
    int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/").length;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    try (Stream<Path> walk = Files.walk(base, depth)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> slash < 0 ? base.relativize(p) : p)
          .filter(matcher::matches)
          .sorted()
          .toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new InputException(pattern, "cannot list the files: " + e.getMessage(), e);
    }
  }

  /** Whether the first bytes of an input are the gzip magic bytes (RFC 1952 §2.3.1). */
  static boolean isGzip(byte[] head, int length) {
    return length >= 2 && head[0] == (byte) 0x1F && head[1] == (byte) 0x8B;
  }

  static InputException unreadable(String name, IOException e) {
    if (e instanceof AccessDeniedException) {
      return new InputException(name, "cannot read the file: permission denied", e);
    }
    if (e instanceof NoSuchFileException) {
      return new InputException(name, "no such file", e);
    }
    return new InputException(name, "cannot read: " + e.getMessage(), e);
  }
}
