package dev.statuskit.cli;

/** The --format values; each command accepts the subset it can write. */
enum OutputFormat {
  TEXT,
  JSON,
  CSV,
  MARKDOWN
}
