package dev.statuskit.text;

import dev.statuskit.registry.StatusClass;
import dev.statuskit.rules.Severity;
import java.util.regex.Pattern;

/**
 * Terminal colours (ANSI SGR sequences), or none at all when colour is off: the one styling every
 * text output of statuskit uses, so a status class or a severity has the same colour everywhere.
 *
 * <pre>{@code
 * Ansi ansi = Ansi.of(colorWanted);
 * ansi.statusClass(StatusClass.SERVER_ERROR, "503")   // red
 * ansi.severity(Severity.WARNING, "WARNING")          // bold yellow
 * Ansi.width(coloured)                                // what the terminal shows
 * }</pre>
 */
public final class Ansi {
  private static final Ansi ON = new Ansi(true);
  private static final Ansi OFF = new Ansi(false);
  private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");

  private final boolean on;

  private Ansi(boolean on) {
    this.on = on;
  }

  /** Colours when {@code on}, plain text otherwise. */
  public static Ansi of(boolean on) {
    return on ? ON : OFF;
  }

  public boolean enabled() {
    return on;
  }

  /** The text in the given SGR parameters ("1", "31", "1;33"); as it is when colour is off. */
  private String sgr(String parameters, String s) {
    return on && !s.isEmpty() ? "\u001b[" + parameters + "m" + s + "\u001b[0m" : s;
  }

  public String bold(String s) {
    return sgr("1", s);
  }

  public String dim(String s) {
    return sgr("2", s);
  }

  public String red(String s) {
    return sgr("31", s);
  }

  public String green(String s) {
    return sgr("32", s);
  }

  public String yellow(String s) {
    return sgr("33", s);
  }

  public String magenta(String s) {
    return sgr("35", s);
  }

  public String cyan(String s) {
    return sgr("36", s);
  }

  /** Bold red for errors, bold yellow for warnings, bold cyan for info. */
  public String severity(Severity severity, String s) {
    return switch (severity) {
      case ERROR -> sgr("1;31", s);
      case WARNING -> sgr("1;33", s);
      case INFO -> sgr("1;36", s);
    };
  }

  /** 1xx blue, 2xx green, 3xx cyan, 4xx yellow, 5xx red. */
  public String statusClass(StatusClass c, String s) {
    return sgr(
        switch (c) {
          case INFORMATIONAL -> "34";
          case SUCCESSFUL -> "32";
          case REDIRECTION -> "36";
          case CLIENT_ERROR -> "33";
          case SERVER_ERROR -> "31";
        },
        s);
  }

  /** The text without colour sequences. */
  public static String strip(String s) {
    return s.indexOf('\u001b') < 0 ? s : SGR.matcher(s).replaceAll("");
  }

  /** How many characters (code points) a terminal shows for the text, colours left out. */
  public static int width(String s) {
    String plain = strip(s);
    return plain.codePointCount(0, plain.length());
  }

  /** The text with spaces after it up to the width the terminal shows ({@link #width}). */
  public static String pad(String s, int width) {
    int shown = width(s);
    return shown >= width ? s : s + " ".repeat(width - shown);
  }
}
