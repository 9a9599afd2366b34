package dev.statuskit.cli;

import picocli.CommandLine.Help.Ansi;

/** ANSI styling that disappears when output is not a terminal or colour is turned off. */
final class Style {
  private final boolean color;

  Style(boolean color) {
    this.color = color;
  }

  /** Colour when stdout is a terminal and NO_COLOR is not set (picocli's detection). */
  static boolean colorWanted() {
    return System.getenv("NO_COLOR") == null && Ansi.AUTO.enabled();
  }

  boolean enabled() {
    return color;
  }

  String bold(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  String red(String s) {
    return wrap("31", s);
  }

  String green(String s) {
    return wrap("32", s);
  }

  String yellow(String s) {
    return wrap("33", s);
  }

  String blue(String s) {
    return wrap("34", s);
  }

  String magenta(String s) {
    return wrap("35", s);
  }

  String cyan(String s) {
    return wrap("36", s);
  }

  private String wrap(String sgr, String s) {
    return color ? "\u001b[" + sgr + "m" + s + "\u001b[0m" : s;
  }
}
