package dev.statuskit.test;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.Verdict;
import dev.statuskit.test.StatusRecorder.Recording;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link StatusRules}: records each test's exchanges (see {@link
 * StatusRecorder}), checks them when the test ends, fails the test on findings at or above the
 * threshold, and sums up each test class. Registered with {@code @StatusRules} or
 * {@code @ExtendWith(StatusRulesExtension.class)} (which uses the defaults).
 */
public final class StatusRulesExtension
    implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private static final Namespace NAMESPACE = Namespace.create(StatusRulesExtension.class);
  private static final String RECORDING = "recording";
  private static final String SUMMARY = "summary";

  /** The key of the report entry that carries a class's summary. */
  public static final String REPORT_KEY = "statuskit";

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put(RECORDING, StatusRecorder.start());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Recording recording = context.getStore(NAMESPACE).remove(RECORDING, Recording.class);
    if (recording == null) {
      return;
    }
    StatusRecorder.stop(recording);
    RulePolicy policy = policy(context);
    List<Exchange> exchanges = recording.exchanges();
    List<Verdict> verdicts = exchanges.stream().map(policy.rules()::check).toList();
    summary(context).add(policy, verdicts);
    String failure = failure(exchanges, verdicts, policy);
    if (!failure.isEmpty()) {
      throw new AssertionError(failure);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Summary summary = context.getStore(NAMESPACE).get(SUMMARY, Summary.class);
    if (summary == null) {
      return;
    }
    String text = summary.text();
    context.publishReportEntry(REPORT_KEY, text);
    System.out.println(
        "statuskit: " + context.getRequiredTestClass().getSimpleName() + ": " + text);
  }

  /** The class-level tally, shared by the class's tests. */
  private static Summary summary(ExtensionContext context) {
    ExtensionContext classContext =
        context.getParent().filter(p -> p.getTestClass().isPresent()).orElse(context);
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SUMMARY, k -> new Summary(), Summary.class);
  }

  /** The settings of the nearest {@code @StatusRules}: the method's, else the class's. */
  static RulePolicy policy(ExtensionContext context) {
    StatusRules settings =
        context
            .getTestMethod()
            .flatMap(m -> AnnotationSupport.findAnnotation(m, StatusRules.class))
            .or(
                () ->
                    context
                        .getTestClass()
                        .flatMap(c -> AnnotationSupport.findAnnotation(c, StatusRules.class)))
            .orElse(null);
    if (settings == null) {
      return RulePolicy.defaults();
    }
    RulePolicy policy = RulePolicy.defaults().failingOn(settings.failOn());
    if (settings.config().isBlank()) {
      return policy;
    }
    // Read once per file for the whole run, not after every test.
    RuleConfig config =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                "config:" + settings.config(),
                k -> RuleConfig.load(Path.of(settings.config())),
                RuleConfig.class);
    return policy.with(config);
  }

  /** The failure message for a test's exchanges; empty when nothing fails. */
  static String failure(List<Exchange> exchanges, List<Verdict> verdicts, RulePolicy policy) {
    List<String> lines = new ArrayList<>();
    int failing = 0;
    int failingExchanges = 0;
    for (int i = 0; i < exchanges.size(); i++) {
      List<Finding> bad = policy.failing(verdicts.get(i));
      if (bad.isEmpty()) {
        continue;
      }
      failing += bad.size();
      failingExchanges++;
      lines.add("");
      Exchange e = exchanges.get(i);
      lines.add(FailureText.exchangeLine(e) + " (" + FailureText.clean(e.source()) + ")");
      for (int j = 0; j < bad.size(); j++) {
        if (j > 0) {
          lines.add("");
        }
        FailureText.finding(bad.get(j)).forEach(l -> lines.add("  " + l));
      }
    }
    if (failing == 0) {
      return "";
    }
    lines.add(
        0,
        "statuskit: "
            + FailureText.count(failing, policy.failOn())
            + " in "
            + failingExchanges
            + " of "
            + exchanges.size()
            + (exchanges.size() == 1 ? " exchange" : " exchanges")
            + " this test made:");
    return FailureText.join(lines);
  }

  /** What a test class's exchanges came to. */
  static final class Summary {
    private int tests;
    private int exchanges;
    private int failingTests;
    private int findings;
    private int silentTests;
    private final Map<String, Integer> byRule = new TreeMap<>();
    private RulePolicy policy = RulePolicy.defaults();

    synchronized void add(RulePolicy policy, List<Verdict> verdicts) {
      this.policy = policy;
      tests++;
      exchanges += verdicts.size();
      if (verdicts.isEmpty()) {
        silentTests++;
      }
      int before = findings;
      for (Verdict v : verdicts) {
        for (Finding f : policy.failing(v)) {
          findings++;
          byRule.merge(f.rule().id(), 1, Integer::sum);
        }
      }
      if (findings > before) {
        failingTests++;
      }
    }

    /**
     * "7 exchanges in 3 tests; 2 findings at warning or above in 1 test (SK101 ×2)", with a hint
     * when a test recorded nothing (an adapter is likely missing).
     */
    synchronized String text() {
      String seen =
          exchanges
              + (exchanges == 1 ? " exchange" : " exchanges")
              + " in "
              + tests
              + (tests == 1 ? " test" : " tests");
      String verdict =
          findings == 0
              ? "no findings at " + policy.failOn().label() + " or above"
              : FailureText.count(findings, policy.failOn())
                  + " in "
                  + failingTests
                  + (failingTests == 1 ? " test" : " tests")
                  + " ("
                  + FailureText.ruleTally(byRule)
                  + ")";
      String silent =
          silentTests == 0
              ? ""
              : "; "
                  + silentTests
                  + (silentTests == 1 ? " test" : " tests")
                  + " reported no exchange (is a statuskit adapter installed on the client?)";
      return seen + "; " + verdict + silent;
    }
  }
}
