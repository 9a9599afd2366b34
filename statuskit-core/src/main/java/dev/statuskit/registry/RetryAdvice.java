package dev.statuskit.registry;

/** Whether sending the request again can turn this outcome into a success, and how. */
public enum RetryAdvice {
  NOT_NEEDED("not needed", "the request worked, or the response is not a failure to retry"),
  NEVER("never", "the same request will get the same answer"),
  CHANGED_REQUEST("with a changed request", "only a corrected request can succeed"),
  RETRY_AFTER("after Retry-After", "wait as long as Retry-After says, else back off, then retry"),
  BACKOFF("with backoff", "a transient failure: retry idempotent requests with backoff and jitter");

  private final String label;
  private final String meaning;

  RetryAdvice(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }

  /** Whether a client's retry loop should try the same request again. */
  public boolean isRetryable() {
    return this == RETRY_AFTER || this == BACKOFF;
  }
}
