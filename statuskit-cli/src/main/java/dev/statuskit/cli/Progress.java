package dev.statuskit.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr for long work, redrawn at most ten times a second. Silent when
 * the session is not interactive, so logs and pipes stay clean.
 */
final class Progress implements AutoCloseable {
  private static final int BAR = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final String label;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled, String label) {
    this.err = err;
    this.enabled = enabled;
    this.label = label;
  }

  /** Enabled when a person is watching: an interactive terminal. */
  static Progress onTerminal(PrintWriter err, String label) {
    return new Progress(err, System.console() != null, label);
  }

  /** Reports progress; total 0 or less means unknown (a counter instead of a bar). */
  synchronized void update(long done, long total) {
    long now = System.nanoTime();
    if (!enabled || (drawn && now - lastDraw < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print("\r" + line(label, done, total));
    err.flush();
  }

  static String line(String label, long done, long total) {
    if (total <= 0) {
      return label + " " + done;
    }
    double share = Math.min(1, (double) done / total);
    int filled = (int) Math.round(share * BAR);
    return String.format(
        "%s [%s%s] %3d%%",
        label, "█".repeat(filled), "·".repeat(BAR - filled), (int) (share * 100));
  }

  @Override
  public synchronized void close() {
    if (enabled && drawn) {
      err.print("\r\u001b[2K");
      err.flush();
    }
  }
}
