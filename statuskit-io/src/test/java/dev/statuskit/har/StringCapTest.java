package dev.statuskit.har;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StringCapTest {

  private static String capped(String json, int limit) throws IOException {
    return capped(new StringCap(in(json), limit));
  }

  private static String capped(StringCap cap) throws IOException {
    return new String(cap.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static InputStream in(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void passesShortStringsUntouched() throws IOException {
    String json = "{\"a\": \"hello\", \"b\": [1, \"x\\\"y\"], \"c\": \"\"}";
    assertThat(capped(json, 5)).isEqualTo(json);
  }

  @Test
  void cutsLongStringsKeepingTheClosingQuote() throws IOException {
    assertThat(capped("[\"abcdefghij\", \"xy\"]", 4)).isEqualTo("[\"abcd\", \"xy\"]");
  }

  @Test
  void neverCutsInsideAnEscape() throws IOException {
    // The limit falls inside "\\u00e9"; the escape is kept whole.
    assertThat(capped("[\"ab\\u00e9cdef\"]", 3)).isEqualTo("[\"ab\\u00e9\"]");
    assertThat(capped("[\"ab\\\"cdef\"]", 3)).isEqualTo("[\"ab\\\"\"]");
  }

  @Test
  void neverCutsInsideAUtf8Sequence() throws IOException {
    // "é" is two bytes; "€" three: the limit falls inside them.
    assertThat(capped("[\"aébc\"]", 2)).isEqualTo("[\"aé\"]");
    assertThat(capped("[\"a€bc\"]", 3)).isEqualTo("[\"a€\"]");
  }

  @Test
  void doesNotTakeAnEscapedQuoteForTheEndOfADroppedString() throws IOException {
    assertThat(capped("[\"abcd\\\"ef\\\\\", \"g\"]", 2)).isEqualTo("[\"ab\", \"g\"]");
  }

  @Test
  void countsTheDecodedBytesItDrops() throws IOException {
    // Dropped: "d" (1), "\n" (1), "é" as \\u00e9 (2), "€" raw (3), "😀" as a surrogate pair (4).
    StringCap cap = new StringCap(in("[\"abcd\\n\\u00e9€\\ud83d\\ude00\"]"), 3);
    assertThat(capped(cap)).isEqualTo("[\"abc\"]");
    assertThat(cap.cutAt(1)).hasValueSatisfying(c -> assertThat(c.droppedUtf8()).isEqualTo(11));
    assertThat(cap.cutAt(0)).isEmpty();
  }

  @Test
  void keepsLineBreaksSoLineNumbersStay() throws IOException {
    String json = "{\n  \"a\": \"" + "x".repeat(50) + "\",\n  \"b\": 1\n}";
    assertThat(capped(json, 10).lines()).hasSize(4);
  }

  @Test
  void tellsHowManyBytesWereDroppedBeforeAPlaceOnTheLine() throws IOException {
    // Line 2 holds two long strings; capped to 2 bytes each, 8 and 3 bytes are dropped.
    StringCap cap = new StringCap(in("[\n\"aaaaaaaaaa\", \"bbbbb\", x\n]"), 2);
    String out = capped(cap);
    assertThat(out).isEqualTo("[\n\"aa\", \"bb\", x\n]");
    long x = out.indexOf('x');
    assertThat(cap.droppedBefore(2, x)).isEqualTo(11);
    assertThat(cap.droppedBefore(2, out.indexOf("\"bb"))).isEqualTo(8);
    assertThat(cap.droppedBefore(1, 1)).isZero();
    assertThat(cap.droppedBefore(3, out.length() - 1)).isZero();
  }

  @Test
  void stopsCuttingAtARawControlCharacterSoTheParserReportsIt() throws IOException {
    assertThat(capped("[\"abcdef\tgh\"]", 2)).isEqualTo("[\"ab\tgh\"]");
  }

  @Test
  void readsByteByByteTheSameAsInBlocks() throws IOException {
    String json = "[\"abcdefgh\", \"é€😀é€😀\", \"\\u1234\\u5678\"]";
    StringCap cap = new StringCap(in(json), 3);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int b = cap.read(); b >= 0; b = cap.read()) {
      out.write(b);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(capped(json, 3))
        .isEqualTo("[\"abc\", \"é€\", \"\\u1234\"]");
  }
}
