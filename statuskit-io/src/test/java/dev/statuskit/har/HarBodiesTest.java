package dev.statuskit.har;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Body;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HarBodiesTest {
  private static final Optional<String> BASE64 = Optional.of("base64");

  @Test
  void keepsASmallTextWholeWithItsUtf8Size() {
    Body b = HarBodies.of(new HarText("crème", 0), Optional.empty(), -1).orElseThrow();
    assertThat(b).isEqualTo(new Body("crème", 6, false));
  }

  @Test
  void keepsTheExcerptOfALongText() {
    String text = "é".repeat(Body.EXCERPT + 10);
    Body b = HarBodies.of(new HarText(text, 0), Optional.empty(), -1).orElseThrow();
    assertThat(b.text()).hasSize(Body.EXCERPT);
    assertThat(b.size()).isEqualTo(2L * (Body.EXCERPT + 10));
    assertThat(b.truncated()).isTrue();
  }

  @Test
  void addsWhatTheReaderCutToTheSize() {
    Body b = HarBodies.of(new HarText("abc", 1_000_000), Optional.empty(), -1).orElseThrow();
    assertThat(b).isEqualTo(new Body("abc", 1_000_003, true));
  }

  @Test
  void marksATextShorterThanItsDeclaredSizeAsTruncated() {
    Body b = HarBodies.of(new HarText("{\"a\":", 0), Optional.empty(), 500).orElseThrow();
    assertThat(b).isEqualTo(new Body("{\"a\":", 500, true));
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "a".repeat(Body.EXCERPT - 1) + "😀";
    assertThat(HarBodies.firstChars(text, Body.EXCERPT)).hasSize(Body.EXCERPT - 1);
  }

  @Test
  void decodesBase64() {
    String encoded = Base64.getEncoder().encodeToString("{\"ok\": true}".getBytes());
    assertThat(HarBodies.of(new HarText(encoded, 0), BASE64, 12))
        .contains(new Body("{\"ok\": true}", 12, false));
    assertThat(HarBodies.of(new HarText(encoded, 0), Optional.of("BASE64"), -1))
        .contains(new Body("{\"ok\": true}", 12, false));
  }

  @Test
  void decodesBase64WithLineBreaks() {
    byte[] data = "x".repeat(200).getBytes(StandardCharsets.US_ASCII);
    String mime = Base64.getMimeEncoder().encodeToString(data);
    assertThat(mime).contains("\r\n");
    assertThat(HarBodies.of(new HarText(mime, 0), BASE64, -1))
        .contains(new Body("x".repeat(200), 200, false));
  }

  @Test
  void decodesOnlyTheExcerptOfALongBase64Body() {
    byte[] data = new byte[Body.EXCERPT * 3];
    java.util.Arrays.fill(data, (byte) 'z');
    String encoded = Base64.getEncoder().encodeToString(data);
    Body declared = HarBodies.of(new HarText(encoded, 0), BASE64, data.length).orElseThrow();
    assertThat(declared).isEqualTo(new Body("z".repeat(Body.EXCERPT), data.length, true));
    // Without content.size, and with most of the text cut by the reader: estimated from its length.
    String start = encoded.substring(0, 100_001);
    Body estimated =
        HarBodies.of(new HarText(start, encoded.length() - start.length()), BASE64, -1)
            .orElseThrow();
    assertThat(estimated.text()).isEqualTo("z".repeat(Body.EXCERPT));
    assertThat(estimated.size()).isEqualTo(data.length);
    assertThat(estimated.truncated()).isTrue();
  }

  @Test
  void leavesABodyThatIsNotBase64Unknown() {
    assertThat(HarBodies.of(new HarText("not base64 at all!", 0), BASE64, -1)).isEmpty();
  }

  @Test
  void takesAnEmptyTextAsAnEmptyBody() {
    assertThat(HarBodies.of(new HarText("", 0), Optional.empty(), 0)).contains(Body.empty());
    assertThat(HarBodies.of(new HarText("", 0), Optional.empty(), -1)).contains(Body.empty());
  }
}
