package dev.statuskit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SourceMapTest {

  @Test
  void mapsEscapedPointersToTheLinesOfTheirKeys() throws IOException {
    SourceMap map =
        SourceMap.of(
            """
            openapi: 3.0.3
            paths:
              /a~b/{id}:
                get:
                  parameters:
                    - name: id
                    - $ref: '#/components/parameters/Q'
            """,
            new YAMLFactory());
    assertThat(map.line("/paths/~1a~0b~1{id}")).isEqualTo(3);
    assertThat(map.line("/paths/~1a~0b~1{id}/get/parameters/0")).isEqualTo(6);
    assertThat(map.line("/paths/~1a~0b~1{id}/get/parameters/1")).isEqualTo(7);
    assertThat(map.refs())
        .containsExactly(
            new SourceMap.RefSite(
                "#/components/parameters/Q", "/paths/~1a~0b~1{id}/get/parameters/1", 7));
  }

  @Test
  void aPointerNotInTheFileGetsItsNearestAncestorsLine() throws IOException {
    SourceMap map =
        SourceMap.of(
            "{\n  \"paths\": {\n    \"/x\": {\n      \"get\": {}\n    }\n  }\n}\n",
            new JsonFactory());
    assertThat(map.has("/paths/~1x/get")).isTrue();
    assertThat(map.line("/paths/~1x/get")).isEqualTo(4);
    assertThat(map.has("/paths/~1x/get/responses/200")).isFalse();
    assertThat(map.line("/paths/~1x/get/responses/200")).isEqualTo(4);
    assertThat(map.line("/nowhere")).isEqualTo(1);
  }
}
