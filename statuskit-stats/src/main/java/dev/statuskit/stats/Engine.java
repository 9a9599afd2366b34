package dev.statuskit.stats;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.har.HarReader;
import dev.statuskit.input.CountingInputStream;
import dev.statuskit.input.InputException;
import dev.statuskit.registry.StatusCodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One run: settles each input's format, splits big plain files into chunks at line boundaries,
 * parses the chunks and the streams (gzip, stdin, HAR) on a pool of threads, each thread into its
 * own {@link Tally}, then merges the tallies and builds the report.
 */
final class Engine {
  /** Plain files smaller than this are read as one chunk. */
  static final long MIN_SPLIT = 4L << 20;

  /**
   * Endpoints each thread tracks one by one, at least: more than the report keeps, so that the
   * busiest survive the merge even when a thread saw many rare ones first.
   */
  static final int PER_THREAD_ENDPOINTS = 5000;

  private final Stats.Options options;
  private final ProgressListener progress;
  private final AtomicLong done = new AtomicLong();
  private long total;
  private final List<Tally> tallies = Collections.synchronizedList(new ArrayList<>());
  private final ThreadLocal<Tally> tally = ThreadLocal.withInitial(this::newTally);
  private final Chunks chunks = new Chunks();
  private final List<String> formats = Collections.synchronizedList(new ArrayList<>());

  Engine(Stats.Options options, ProgressListener progress) {
    this.options = options;
    this.progress = progress;
  }

  private Tally newTally() {
    Tally t =
        new Tally(
            options.bucket().getSeconds(),
            options.endpoints() ? Math.max(options.maxEndpoints() * 4, PER_THREAD_ENDPOINTS) : 0,
            options.maxClients());
    tallies.add(t);
    return t;
  }

  StatsReport run(List<String> args) {
    return read(Inputs.expand(args));
  }

  StatsReport read(List<Inputs.Input> inputs) {
    preloadRegistry();
    total = 0;
    for (Inputs.Input in : inputs) {
      total = in.stdin() || total < 0 ? -1 : total + size(in);
    }
    for (int i = 0; i < inputs.size(); i++) {
      formats.add("");
    }
    ExecutorService pool =
        options.threads() > 1
            ? Executors.newFixedThreadPool(
                options.threads(),
                r -> {
                  Thread t = new Thread(r, "statuskit-stats");
                  t.setDaemon(true);
                  return t;
                })
            : null;
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < inputs.size(); i++) {
        for (Runnable task : tasks(i, inputs.get(i))) {
          if (pool == null) {
            task.run();
          } else {
            futures.add(pool.submit(task));
          }
        }
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      tally.remove();
    }
    synchronized (progress) {
      progress.progress(done.get(), total);
    }
    Tally merged = newTally();
    tallies.remove(merged);
    for (Tally t : tallies) {
      merged.merge(t);
    }
    List<StatsReport.Input> described = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      described.add(new StatsReport.Input(inputs.get(i).name(), formats.get(i), chunks.lines(i)));
    }
    return ReportBuilder.build(merged, options, described, chunks);
  }

  /**
   * Loads the status-code registry (the report's code names) on the side while the logs are parsed,
   * rather than after: it takes a few hundred milliseconds in a fresh JVM.
   */
  private static void preloadRegistry() {
    Thread t = new Thread(() -> StatusCodes.of(200), "statuskit-registry");
    t.setDaemon(true);
    // A failure shows again, loudly, where the report needs the registry.
    t.setUncaughtExceptionHandler((thread, e) -> {});
    t.start();
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("stats", "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static long size(Inputs.Input in) {
    try {
      return Files.size(in.path());
    } catch (IOException e) {
      throw Inputs.unreadable(in.name(), e);
    }
  }

  /** The work for one input: chunks of a big plain file, or one task reading a stream. */
  private List<Runnable> tasks(int index, Inputs.Input in) {
    if (in.stdin()) {
      return streamTask(index, in);
    }
    long size = size(in);
    byte[] head = new byte[Sniffer.HEAD];
    int headLength;
    try (FileChannel ch = FileChannel.open(in.path(), StandardOpenOption.READ)) {
      headLength = readFully(ch, 0, head, Math.min(head.length, size));
    } catch (IOException e) {
      throw Inputs.unreadable(in.name(), e);
    }
    if (Inputs.isGzip(head, headLength)) {
      return streamTask(index, in);
    }
    Sniffer.FileFormat format =
        Sniffer.resolve(options.format(), head, headLength, headLength == size, in.name());
    formats.set(index, format.description());
    if (format.har()) {
      int chunk = chunks.add(index, in.name());
      return List.of(() -> har(in.name(), chunk, () -> counted(Files.newInputStream(in.path()))));
    }
    List<Runnable> tasks = new ArrayList<>();
    List<long[]> ranges;
    try {
      ranges = ChunkPlanner.plan(in.path(), size, options.threads(), MIN_SPLIT);
    } catch (IOException e) {
      throw Inputs.unreadable(in.name(), e);
    }
    for (long[] range : ranges) {
      int chunk = chunks.add(index, in.name());
      tasks.add(() -> fileChunk(in, range[0], range[1], chunk, format));
    }
    return tasks;
  }

  private List<Runnable> streamTask(int index, Inputs.Input in) {
    int chunk = chunks.add(index, in.name());
    return List.of(() -> stream(index, in, chunk));
  }

  private void fileChunk(
      Inputs.Input in, long start, long end, int chunk, Sniffer.FileFormat format) {
    Tally t = tally.get();
    t.chunk = chunk;
    try (FileChannel ch = FileChannel.open(in.path(), StandardOpenOption.READ)) {
      long[] position = {start};
      LineLoop.Source source =
          (b, off, len) -> {
            long left = end - position[0];
            if (left <= 0) {
              return -1;
            }
            int n = readFully(ch, position[0], b, off, (int) Math.min(len, left));
            if (n <= 0) {
              return -1;
            }
            position[0] += n;
            advance(n);
            return n;
          };
      chunks.done(chunk, LineLoop.run(new byte[0], 0, source, format.parsers().get(), t));
    } catch (IOException e) {
      throw Inputs.unreadable(in.name(), e);
    }
  }

  /** A gzip file or standard input: sniffed from its first bytes, then read through. */
  private void stream(int index, Inputs.Input in, int chunk) {
    Tally t = tally.get();
    t.chunk = chunk;
    try (InputStream raw = open(in)) {
      byte[] head = new byte[Sniffer.HEAD];
      int headLength = raw.readNBytes(head, 0, head.length);
      boolean whole = headLength < head.length;
      Sniffer.FileFormat format =
          Sniffer.resolve(options.format(), head, headLength, whole, in.name());
      formats.set(index, format.description());
      if (format.har()) {
        InputStream all =
            new SequenceInputStream(new ByteArrayInputStream(head, 0, headLength), raw);
        har(in.name(), chunk, () -> all);
        return;
      }
      LineLoop.Source source = raw::read;
      chunks.done(chunk, LineLoop.run(head, headLength, source, format.parsers().get(), t));
    } catch (IOException e) {
      throw Inputs.unreadable(in.name(), e);
    }
  }

  /** Opens a stream input, decompressing gzip. */
  private InputStream open(Inputs.Input in) throws IOException {
    InputStream raw = in.stdin() ? in.stream() : Files.newInputStream(in.path());
    InputStream counted = counted(raw);
    java.io.PushbackInputStream peek = new java.io.PushbackInputStream(counted, 2);
    byte[] magic = peek.readNBytes(2);
    peek.unread(magic);
    if (Inputs.isGzip(magic, magic.length)) {
      return new GZIPInputStream(peek, 1 << 16);
    }
    return peek;
  }

  private interface StreamOpener {
    InputStream open() throws IOException;
  }

  /** A HAR file, through statuskit-io's streaming reader. */
  private void har(String name, int chunk, StreamOpener opener) {
    Tally t = tally.get();
    t.chunk = chunk;
    long[] order = {0};
    InputStream in;
    try {
      in = opener.open();
    } catch (IOException e) {
      throw Inputs.unreadable(name, e);
    }
    try (HarReader reader =
            HarReader.open(in, name, (reason, where) -> t.bad(reason, ++order[0], where));
        Stream<Exchange> exchanges = reader.exchanges()) {
      exchanges.forEach(
          ex -> {
            order[0]++;
            long micros = ex.elapsed().map(d -> d.toNanos() / 1000).orElse(-1L);
            t.request(ex.response().status(), Timestamps.BAD, micros, ex.request().target(), null);
          });
    } catch (UncheckedIOException e) {
      throw Inputs.unreadable(name, e.getCause());
    }
    chunks.done(chunk, order[0]);
  }

  private InputStream counted(InputStream in) {
    return new CountingInputStream(in, this::advance);
  }

  private void advance(long n) {
    long now = done.addAndGet(n);
    if ((now >> 20) != ((now - n) >> 20)) {
      synchronized (progress) {
        progress.progress(now, total);
      }
    }
  }

  static int readFully(FileChannel ch, long position, byte[] b, long len) throws IOException {
    return readFully(ch, position, b, 0, (int) len);
  }

  private static int readFully(FileChannel ch, long position, byte[] b, int off, int len)
      throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(b, off, len);
    int total = 0;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, position + total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }
}
