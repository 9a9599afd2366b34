package dev.statuskit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryTest {
  @Test
  void idIsTheLowerCaseNameWithHyphens() {
    assertThat(Category.ERROR_BODY.id()).isEqualTo("error-body");
    assertThat(Category.OPENAPI.id()).isEqualTo("openapi");
  }
}
