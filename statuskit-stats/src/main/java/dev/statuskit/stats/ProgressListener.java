package dev.statuskit.stats;

/**
 * Told how far a run has read, for a progress bar. Calls come from the parsing threads, one at a
 * time (the engine serialises them), at most once per megabyte read.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Ignores progress. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * @param done bytes read so far (compressed bytes for .gz files)
   * @param total bytes of all inputs, or -1 when unknown (standard input)
   */
  void progress(long done, long total);
}
