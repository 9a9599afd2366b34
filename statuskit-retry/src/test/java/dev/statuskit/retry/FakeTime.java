package dev.statuskit.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A clock that only moves when a client sleeps on it: tests see exactly which delays a client
 * honoured, and take no time for them.
 */
final class FakeTime extends Clock implements Sleeper {
  private Instant now;
  private final List<Duration> sleeps = new ArrayList<>();

  FakeTime(Instant start) {
    this.now = start;
  }

  FakeTime() {
    this(Instant.parse("2025-06-01T12:00:00Z"));
  }

  @Override
  public synchronized void sleep(Duration delay) {
    sleeps.add(delay);
    now = now.plus(delay);
  }

  /** Moves the clock at once and runs the task on a fresh thread, as a delayed executor would. */
  @Override
  public Executor after(Duration delay) {
    sleep(delay);
    return task -> new Thread(task, "fake-delay").start();
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a fake clock stays in UTC");
  }
}
