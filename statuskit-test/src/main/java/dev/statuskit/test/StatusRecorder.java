package dev.statuskit.test;

import dev.statuskit.exchange.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where adapters report the exchanges they see. Inside a test run by {@link StatusRulesExtension}
 * the exchange joins that test's recording, and the extension checks them all when the test ends;
 * anywhere else the exchange is checked at once and a finding fails right there.
 *
 * <p>A test's recording is found by thread: the thread that runs the test, or, when exactly one
 * test is being recorded (the usual sequential run), any thread, so that exchanges reported from a
 * client's own threads still count. With tests running in parallel, report from the test's thread.
 *
 * <p>The built-in adapters call this for you; call it yourself from an adapter of your own.
 */
public final class StatusRecorder {
  private StatusRecorder() {}

  private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();
  private static final Set<Recording> ACTIVE = ConcurrentHashMap.newKeySet();

  /**
   * Records the exchange for the running test or, outside the extension, checks it now.
   *
   * @param alone the policy for an immediate check, when no test is recording
   * @throws AssertionError when checked now and a finding fails the policy
   */
  public static void report(Exchange exchange, RulePolicy alone) {
    Optional<Recording> recording = current();
    if (recording.isPresent()) {
      recording.get().add(exchange);
    } else {
      StatusAssertions.assertThat(exchange).conformsToStatusRules(alone);
    }
  }

  /** Whether an exchange reported now would join a test's recording. */
  public static boolean isRecording() {
    return current().isPresent();
  }

  private static Optional<Recording> current() {
    Recording mine = CURRENT.get();
    if (mine != null) {
      return Optional.of(mine);
    }
    List<Recording> all = List.copyOf(ACTIVE);
    return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
  }

  static Recording start() {
    Recording r = new Recording();
    CURRENT.set(r);
    ACTIVE.add(r);
    return r;
  }

  static void stop(Recording r) {
    ACTIVE.remove(r);
    if (CURRENT.get() == r) {
      CURRENT.remove();
    }
  }

  /** The exchanges one test made, in the order they were reported. */
  static final class Recording {
    private final List<Exchange> exchanges = new ArrayList<>();

    synchronized void add(Exchange e) {
      exchanges.add(e);
    }

    synchronized List<Exchange> exchanges() {
      return List.copyOf(exchanges);
    }
  }
}
