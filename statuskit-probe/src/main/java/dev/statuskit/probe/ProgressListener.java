package dev.statuskit.probe;

/**
 * Hears how far a run has come, e.g. to drive a progress bar. Called on the thread that called
 * {@link Prober#run}, once per path, in order.
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * @param done paths probed so far
   * @param total paths in the run
   */
  void step(int done, int total);

  /** A listener that ignores progress. */
  static ProgressListener none() {
    return (done, total) -> {};
  }
}
