package dev.statuskit.report;

import java.io.IOException;
import java.io.Writer;

/** One output format. */
interface Renderer {
  void write(ReportModel model, ReportOptions options, Writer out) throws IOException;
}
