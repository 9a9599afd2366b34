package dev.statuskit.har;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.input.InputException;
import dev.statuskit.input.JsonErrors;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a HAR 1.2 file (as exported by browsers' DevTools, Postman, Insomnia, Charles, Fiddler) as
 * a stream of exchanges, in bounded memory: it holds one entry at a time and at most the first
 * {@link Body#EXCERPT} characters of each body, so a 1 GB file with 100 MB bodies reads in a small
 * heap.
 *
 * <pre>{@code
 * try (HarReader har = HarReader.open(Path.of("shop.har"), audit::skippedInput);
 *     Stream<Exchange> exchanges = har.exchanges()) {
 *   exchanges.forEach(audit::check);
 * }
 * }</pre>
 *
 * <p>Entries that cannot be checked (status 0 for a request the browser blocked or cancelled, an
 * entry without a response) are not exchanges; each is told to the {@link SkipListener}. A body the
 * file does not hold (DevTools leaves out large bodies, and all bodies in its sanitized export) is
 * {@code Optional.empty()}, unknown, never an empty body. Header values are kept as recorded,
 * credentials included: reports redact them.
 *
 * <p>Bad input is an {@link InputException} whose {@code where} is the file, with line and column
 * where the JSON is broken: "shop.har:812:17".
 */
public final class HarReader implements Closeable {

  /**
   * Bytes of each JSON string the parser gets: enough for {@link Body#EXCERPT} characters even when
   * every one is written as a six-byte \\u escape, and for the base64 of that many bytes.
   */
  static final int STRING_LIMIT = 6 * Body.EXCERPT + 6;

  private static final JsonFactory JSON = new JsonFactory();

  private final String name;
  private final JsonParser parser;
  private final StringCap cap;
  private final EntryParser entryParser;
  private final SkipListener onSkip;
  private int entryNumber;
  private boolean streamed;
  private boolean done;

  private HarReader(InputStream in, String name, SkipListener onSkip) throws IOException {
    this.name = name;
    this.onSkip = onSkip;
    this.cap = new StringCap(in, STRING_LIMIT);
    this.parser = JSON.createParser(cap);
    this.entryParser = new EntryParser(parser, cap);
  }

  /**
   * Opens a HAR file and reads up to its first entry.
   *
   * @param file the file; "-" reads standard input
   * @param onSkip told about each entry that cannot be an exchange
   * @throws InputException if the file cannot be read or is not a HAR file
   */
  public static HarReader open(Path file, SkipListener onSkip) {
    if (file.toString().equals("-")) {
      return open(
          new FilterInputStream(System.in) {
            @Override
            public void close() {
              // Standard input belongs to the process, not to this reader.
            }
          },
          "stdin",
          onSkip);
    }
    String where = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputException(where, "is a directory, not a HAR file");
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InputException(where, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(where, "cannot read the file: permission denied");
    } catch (IOException e) {
      throw new InputException(where, "cannot read the file: " + e.getMessage(), e);
    }
    return open(in, where, onSkip);
  }

  /**
   * Reads a HAR from a stream, up to its first entry. The reader closes the stream.
   *
   * @param in the HAR's bytes (UTF-8, as HAR 1.2 requires)
   * @param name what to call the input in messages and in {@link Exchange#source()}: the path as
   *     the user gave it, or "stdin"
   * @param onSkip told about each entry that cannot be an exchange
   * @throws InputException if the stream cannot be read or is not a HAR
   */
  public static HarReader open(InputStream in, String name, SkipListener onSkip) {
    HarReader reader;
    try {
      reader = new HarReader(requireUtf8(in, name), name, onSkip);
    } catch (IOException e) {
      closeQuietly(in);
      throw unreadable(name, e);
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
    try {
      reader.seekEntries();
      return reader;
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw reader.problem(e);
    }
  }

  /**
   * The exchanges of the file, read lazily as the stream is consumed: one entry at a time. Can be
   * called once. Closing the stream closes the reader.
   *
   * @throws InputException from the stream's terminal operation, when the file turns out to be
   *     truncated or broken; the exchanges before the break have been delivered
   */
  public Stream<Exchange> exchanges() {
    if (streamed) {
      throw new IllegalStateException(
          "exchanges() can be called once: the file is read as it goes");
    }
    streamed = true;
    Spliterator<Exchange> entries =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super Exchange> action) {
            Optional<Exchange> next = next();
            next.ifPresent(action);
            return next.isPresent();
          }
        };
    return StreamSupport.stream(entries, false).onClose(this::close);
  }

  /** Closes the file. */
  @Override
  public void close() {
    done = true;
    closeQuietly(parser);
  }

  /** Moves to the start of log.entries, wherever it is among log's members. */
  private void seekEntries() throws IOException {
    JsonToken first;
    try {
      first = parser.nextToken();
    } catch (JsonProcessingException e) {
      throw notHar("it is not JSON (" + JsonErrors.message(e) + ")");
    }
    if (first == null) {
      throw notHar("the file is empty");
    }
    if (first != JsonToken.START_OBJECT) {
      throw notHar("it is JSON, but not an object with a \"log\" member");
    }
    if (!seekMember("log")) {
      throw notHar("no \"log\" object at the top level");
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw notHar("\"log\" is not an object");
    }
    if (!seekMember("entries")) {
      throw notHar("\"log\" has no \"entries\" array");
    }
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw notHar("\"log.entries\" is not an array");
    }
  }

  /** Skips members of the current object up to the named one; leaves the parser on its value. */
  private boolean seekMember(String member) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (field.equals(member)) {
        return true;
      }
      parser.skipChildren();
    }
    return false;
  }

  private Optional<Exchange> next() {
    if (done) {
      return Optional.empty();
    }
    try {
      while (true) {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY || t == null) {
          finish();
          return Optional.empty();
        }
        entryNumber++;
        if (t != JsonToken.START_OBJECT) {
          int line = parser.currentTokenLocation().getLineNr();
          parser.skipChildren();
          onSkip.skipped(HarMapping.NOT_AN_OBJECT, where(line));
          continue;
        }
        HarEntry entry = entryParser.entry();
        Optional<String> unusable = HarMapping.unusable(entry);
        if (unusable.isPresent()) {
          onSkip.skipped(unusable.get(), where(entry.line()));
          continue;
        }
        for (int i = HarMapping.namelessHeaders(entry); i > 0; i--) {
          onSkip.skipped(HarMapping.NAMELESS_HEADER, where(entry.line()));
        }
        return Optional.of(HarMapping.exchange(entry, name + " entry " + entryNumber));
      }
    } catch (IOException | InputException e) {
      close();
      throw problem(e);
    }
  }

  /** Reads the rest of the file after the entries, so that a truncated end does not go unseen. */
  private void finish() throws IOException {
    done = true;
    for (int depth = 0; depth < 2; depth++) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        parser.nextToken();
        parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw new InputException(
          location(parser.currentTokenLocation()), "data after the end of the HAR");
    }
    close();
  }

  private String where(int line) {
    return name + " entry " + entryNumber + " (line " + line + ")";
  }

  private InputException notHar(String why) {
    return new InputException(name, "not a HAR file: " + why);
  }

  /** A read failure as one line: where the JSON breaks, or why the input cannot be read. */
  private RuntimeException problem(Exception e) {
    if (e instanceof RuntimeException r) {
      return r;
    }
    if (e instanceof JsonEOFException eof) {
      return new InputException(
          location(eof.getLocation()),
          "the file ends in the middle of the JSON: the HAR is truncated"
              + " (was the export or the download cut short?)",
          e);
    }
    if (e instanceof JsonProcessingException j) {
      return new InputException(
          location(j.getLocation()), "invalid JSON: " + JsonErrors.message(j), e);
    }
    return unreadable(name, e);
  }

  private static InputException unreadable(String name, Exception e) {
    return new InputException(name, "cannot read the file: " + e.getMessage(), e);
  }

  /** "shop.har:12:5", with the column counted in the file, before strings were cut. */
  private String location(JsonLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return name;
    }
    long column = at.getColumnNr() + cap.droppedBefore(at.getLineNr(), at.getByteOffset());
    return name + ":" + at.getLineNr() + ":" + column;
  }

  /**
   * HAR 1.2 requires UTF-8 (a byte-order mark is allowed). A UTF-16 or UTF-32 file, as some Windows
   * tools save, gets a clear message rather than a parse error on its first byte.
   */
  private static InputStream requireUtf8(InputStream in, String name) throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 2);
    byte[] start = new byte[2];
    int n = peek.readNBytes(start, 0, 2);
    peek.unread(start, 0, n);
    boolean bom16 =
        n == 2
            && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
                || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE));
    boolean zeros = n == 2 && (start[0] == 0 || start[1] == 0);
    if (bom16 || zeros) {
      throw new InputException(
          name,
          "not a HAR file: it is in UTF-16 or UTF-32, and HAR 1.2 requires UTF-8; save it as UTF-8");
    }
    return peek;
  }

  private static void closeQuietly(Closeable c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (IOException e) {
      // Nothing to do: the input was read, or has already failed with its own error.
    }
  }
}
