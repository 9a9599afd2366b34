package dev.statuskit.registry;

import java.util.Optional;

/**
 * The document that defines a code: an RFC with its section, or a vendor's documentation.
 *
 * @param document e.g. {@code RFC 9110}
 * @param section e.g. {@code 15.5.20}, empty when the whole document is cited
 * @param url where to read it
 */
public record Reference(String document, Optional<String> section, String url) {

  /** "RFC 9110 §15.5.20", or just the document. */
  @Override
  public String toString() {
    return section.map(s -> document + " §" + s).orElse(document);
  }
}
