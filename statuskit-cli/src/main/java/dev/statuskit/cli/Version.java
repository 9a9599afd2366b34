package dev.statuskit.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so there is one place to change it: the POM. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"statuskit " + (v == null ? "(development build)" : v)};
  }
}
