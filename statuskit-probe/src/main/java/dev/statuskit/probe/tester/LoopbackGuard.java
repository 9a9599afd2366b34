package dev.statuskit.probe.tester;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps a tester that is served to a browser from becoming an open proxy: with loopbackOnly, only
 * addresses in 127.0.0.0/8 and ::1 may be connected to. Checked twice, on the DNS answer and on the
 * address a socket is about to connect to, so neither a DNS name nor a redirect can lead away.
 */
final class LoopbackGuard {
  private LoopbackGuard() {}

  /**
   * Why a target is refused; an {@link UnknownHostException} because DNS hooks may throw only it.
   */
  static final class Refused extends UnknownHostException {
    Refused(String message) {
      super(message);
    }
  }

  static final String ONLY = "the tester sends only to loopback addresses (127.0.0.0/8, ::1)";

  /** Refuses a DNS answer with any address that is not loopback. */
  static void requireLoopback(String host, InetAddress[] answer) throws Refused {
    List<InetAddress> away = Arrays.stream(answer).filter(a -> !a.isLoopbackAddress()).toList();
    if (away.isEmpty()) {
      return;
    }
    String addresses =
        away.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
    throw new Refused(
        host.equals(addresses)
            ? "refused: " + host + " is not a loopback address; " + ONLY
            : "refused: " + host + " resolves to " + addresses + "; " + ONLY);
  }

  /** Refuses to connect to an address that is not loopback (or is not resolved at all). */
  static void requireLoopback(InetAddress address) throws Refused {
    if (address == null || !address.isLoopbackAddress()) {
      throw new Refused(
          "refused: "
              + (address == null ? "an unresolved address" : address.getHostAddress())
              + " is not a loopback address; "
              + ONLY);
    }
  }
}
