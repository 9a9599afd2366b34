package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdShapesTest {
  private final Random random = new Random(7);

  @ParameterizedTest
  @CsvSource({
    "/users/42, /users/999999999",
    "/users/1, /users/999999999",
    "/orders/12345678901, /orders/19999999999",
    "/users/42?expand=orders, /users/999999999?expand=orders",
    "/users/{id}, /users/999999999",
    "/users/{userId}/orders/{orderId}, /users/999999999/orders/999999999",
  })
  void replacesNumbersAndPlaceholders(String path, String expected) {
    assertThat(IdShapes.withUnknownId(path, random)).contains(expected);
  }

  @Test
  void replacesAUuidWithAnotherUuidInTheSameCase() {
    String lower = IdShapes.withUnknownId("/u/3f2b8c1e-0d4a-4c5e-9b7a-1e2d3c4b5a69", random).get();
    String upper = IdShapes.withUnknownId("/u/3F2B8C1E-0D4A-4C5E-9B7A-1E2D3C4B5A69", random).get();

    assertThat(lower)
        .matches("/u/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        .isNotEqualTo("/u/3f2b8c1e-0d4a-4c5e-9b7a-1e2d3c4b5a69");
    assertThat(upper).matches("/u/[0-9A-F-]{36}");
    assertThat(IdShapes.withUnknownId("/u/{uuid}", random).get())
        .matches("/u/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void replacesAHexHashWithHexOfTheSameLength() {
    String objectId = "5f1d7a2b9c3e4d5f6a7b8c9d";
    String replaced = IdShapes.withUnknownId("/docs/" + objectId, random).get();

    assertThat(replaced).matches("/docs/[0-9a-f]{24}").isNotEqualTo("/docs/" + objectId);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/users", "/users/me", "/health", "/", "", "/files/deadbeefcafe", "/v2"})
  void findsNoIdInWordsShortHexOrVersionSegments(String path) {
    assertThat(IdShapes.withUnknownId(path, random)).isEqualTo(Optional.empty());
  }

  @Test
  void recognisesTemplates() {
    assertThat(IdShapes.isTemplate("/users/{id}")).isTrue();
    assertThat(IdShapes.isTemplate("/users/42")).isFalse();
  }
}
