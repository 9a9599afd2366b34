package dev.statuskit.test.adapter;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.test.ExchangeAssert;
import dev.statuskit.test.RulePolicy;
import java.util.Collections;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/**
 * statuskit for Spring's MockMvc.
 *
 * <pre>{@code
 * MockMvc mvc = MockMvcBuilders.standaloneSetup(new OrdersController())
 *     .alwaysDo(MockMvcAssertions.statusRules())              // every exchange, reported
 *     .build();
 * mvc.perform(post("/orders").content("{}"))
 *     .andExpect(MockMvcAssertions.statusRules());            // this one, checked now
 * }</pre>
 *
 * MockMvc runs no servlet container: an error sent with {@code sendError} has the status but not
 * the error page a container would render, so error-body rules judge what the application wrote.
 */
public final class MockMvcAssertions {
  private MockMvcAssertions() {}

  /** Assertions on the exchange of a performed request. */
  public static ExchangeAssert assertThat(MvcResult result) {
    return new ExchangeAssert(exchange(result));
  }

  /** The request and response of a performed request as an exchange. */
  public static Exchange exchange(MvcResult result) {
    MockHttpServletRequest request = result.getRequest();
    MockHttpServletResponse response = result.getResponse();
    Wire.HeaderList requestHeaders = new Wire.HeaderList();
    for (String name : Collections.list(request.getHeaderNames())) {
      Collections.list(request.getHeaders(name)).forEach(v -> requestHeaders.add(name, v));
    }
    Wire.HeaderList responseHeaders = new Wire.HeaderList();
    for (String name : response.getHeaderNames()) {
      response.getHeaders(name).forEach(v -> responseHeaders.add(name, v));
    }
    String query = request.getQueryString();
    return Exchange.builder()
        .method(request.getMethod())
        .target(request.getRequestURL() + (query == null ? "" : "?" + query))
        .requestHeaders(requestHeaders.headers())
        .requestBody(Wire.body(request.getContentAsByteArray()).or(Wire::emptyBody))
        .protocol(request.getProtocol())
        .status(response.getStatus())
        .headers(responseHeaders.headers())
        .body(Wire.body(response.getContentAsByteArray()))
        .source("MockMvc")
        .build();
  }

  /**
   * A matcher and handler in one. As a matcher ({@code andExpect}) it checks the exchange at once
   * against the default policy. As a handler ({@code andDo}, {@code alwaysDo}) it reports the
   * exchange to the running {@code StatusRules} test, or checks it at once outside one.
   */
  public static MockMvcStatusRules statusRules() {
    return statusRules(RulePolicy.defaults());
  }

  /** As {@link #statusRules()}, with this policy for exchanges checked at once. */
  public static MockMvcStatusRules statusRules(RulePolicy policy) {
    return new MockMvcStatusRules(policy);
  }
}
