package dev.statuskit.test;

import dev.statuskit.rules.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs statuskit's rule catalogue on every exchange the adapters see during each test, and fails a
 * test whose exchanges have findings at or above {@link #failOn()}. After the class, a one-line
 * summary is printed and published as a report entry.
 *
 * <pre>{@code
 * @StatusRules(failOn = Severity.WARNING)
 * class OrdersApiTest {
 *   @BeforeAll static void setUp() { RestAssured.filters(RestAssuredAssertions.statusRules()); }
 *   @Test void createsAnOrder() { given().body("{}").post("/orders").then().statusCode(201); }
 * }
 * }</pre>
 *
 * On a method, it overrides the class's settings for that test.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(StatusRulesExtension.class)
public @interface StatusRules {

  /** The lowest severity that fails a test; warnings and errors by default. */
  Severity failOn() default Severity.WARNING;

  /**
   * A {@code .statuskit.yml} to apply (relative to the working directory, which is the module's
   * directory under Maven and Gradle); none by default.
   */
  String config() default "";
}
