package dev.statuskit.input;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's parse errors in the words of an {@link InputException}. */
public final class JsonErrors {
  private JsonErrors() {}

  /**
   * Jackson's message on one line, without the location it appends: the caller names the place
   * itself, as file:line:column.
   */
  public static String message(JsonProcessingException e) {
    String m =
        e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    return m.replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "")
        .replaceAll("\\s*at \\[Source:.*", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
