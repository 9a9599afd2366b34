package dev.statuskit.test.adapter;

import dev.statuskit.test.RulePolicy;
import dev.statuskit.test.StatusRecorder;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/** A REST Assured filter that reports each exchange to {@link StatusRecorder}. */
final class StatusRulesFilter implements Filter {
  private final RulePolicy policy;

  StatusRulesFilter(RulePolicy policy) {
    this.policy = policy;
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec,
      FilterContext context) {
    Response response = context.next(request, responseSpec);
    StatusRecorder.report(RestAssuredAssertions.exchange(request, response), policy);
    return response;
  }
}
