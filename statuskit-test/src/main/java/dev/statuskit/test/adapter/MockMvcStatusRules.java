package dev.statuskit.test.adapter;

import dev.statuskit.test.RulePolicy;
import dev.statuskit.test.StatusAssertions;
import dev.statuskit.test.StatusRecorder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * statuskit's rules as a MockMvc {@link ResultMatcher} (checks now) and {@link ResultHandler}
 * (reports to the running test). Obtain one from {@link MockMvcAssertions#statusRules()}.
 */
public final class MockMvcStatusRules implements ResultMatcher, ResultHandler {
  private final RulePolicy policy;

  MockMvcStatusRules(RulePolicy policy) {
    this.policy = policy;
  }

  /** Fails when the exchange has findings at or above the policy's threshold. */
  @Override
  public void match(MvcResult result) {
    StatusAssertions.assertThat(MockMvcAssertions.exchange(result)).conformsToStatusRules(policy);
  }

  /** Reports the exchange to the running {@code StatusRules} test, or checks it now. */
  @Override
  public void handle(MvcResult result) {
    StatusRecorder.report(MockMvcAssertions.exchange(result), policy);
  }
}
