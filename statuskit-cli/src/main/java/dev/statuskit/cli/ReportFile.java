package dev.statuskit.cli;

import dev.statuskit.input.InputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where a command's report goes: stdout, or the file of -o, whose missing folder is bad input. */
final class ReportFile {
  private ReportFile() {}

  /** What writes the report. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer w) throws IOException;
  }

  /**
   * Writes the report to stdout when file is null, else to the file.
   *
   * @return whether it went to a file (so the command can say where)
   */
  static boolean write(Output o, Path file, Body body) throws IOException {
    if (file == null) {
      body.writeTo(o.out());
      o.out().flush();
      return false;
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.writeTo(w);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "cannot write the report: no such directory");
    }
    return true;
  }
}
