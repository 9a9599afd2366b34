package dev.statuskit.har;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Body;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies far longer than the reader keeps: their excerpt, and their size, still right. */
class LongBodiesTest {

  private static Body onlyBody(String content, boolean byteOrderMark) {
    String json =
        "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.example/\"},"
            + " \"response\": {\"status\": 200, \"content\": "
            + content
            + "}}]}}";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (byteOrderMark) {
      bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    bytes.writeBytes(json.getBytes(StandardCharsets.UTF_8));
    HarFixtures.Read read =
        HarFixtures.read(new ByteArrayInputStream(bytes.toByteArray()), "t.har");
    assertThat(read.skips()).isEmpty();
    return read.get(0).response().body().orElseThrow();
  }

  @ParameterizedTest(name = "byte-order mark: {0}")
  @ValueSource(booleans = {false, true})
  void measuresALongTextWithoutADeclaredSize(boolean byteOrderMark) {
    // 2 MB of JSON with escapes and multi-byte characters, far past what the reader keeps.
    String unit = "{\"name\": \"Chloé €\", \"note\": \"a\\nb\"},";
    String escaped = unit.replace("\\", "\\\\").replace("\"", "\\\"");
    int repeat = 2_000_000 / unit.length();
    Body body = onlyBody("{\"text\": \"" + escaped.repeat(repeat) + "\"}", byteOrderMark);
    assertThat(body.text()).hasSize(Body.EXCERPT).startsWith(unit + unit);
    assertThat(body.size()).isEqualTo((long) repeat * unit.getBytes(StandardCharsets.UTF_8).length);
    assertThat(body.truncated()).isTrue();
  }

  @ParameterizedTest(name = "byte-order mark: {0}")
  @ValueSource(booleans = {false, true})
  void decodesTheStartOfALongBase64Body(boolean byteOrderMark) {
    byte[] data = "0123456789".repeat(300_000).getBytes(StandardCharsets.US_ASCII);
    String encoded = Base64.getEncoder().encodeToString(data);
    Body declared =
        onlyBody(
            "{\"size\": "
                + data.length
                + ", \"text\": \""
                + encoded
                + "\", \"encoding\": \"base64\"}",
            byteOrderMark);
    assertThat(declared)
        .isEqualTo(
            new Body("0123456789".repeat(7000).substring(0, Body.EXCERPT), data.length, true));
    // Chrome writes text before encoding; without a size, it is estimated from the text's length.
    Body estimated =
        onlyBody("{\"text\": \"" + encoded + "\", \"encoding\": \"base64\"}", byteOrderMark);
    assertThat(estimated.size()).isEqualTo(data.length);
  }
}
