package dev.statuskit.probe.tester;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class LoopbackGuardTest {
  static InetAddress at(String name, int... bytes) throws UnknownHostException {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return InetAddress.getByAddress(name, b);
  }

  @Test
  void acceptsTheWholeLoopbackRangeAndIpv6Loopback() throws Exception {
    InetAddress[] answer = {
      at("h", 127, 0, 0, 1), at("h", 127, 5, 6, 7), InetAddress.getByName("::1")
    };
    assertThatCode(() -> LoopbackGuard.requireLoopback("h", answer)).doesNotThrowAnyException();
    assertThatCode(() -> LoopbackGuard.requireLoopback(at("h", 127, 9, 9, 9)))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesADnsAnswerThatLeadsAway() throws Exception {
    // A name that answers loopback and a public address must not get through either.
    InetAddress[] answer = {at("rebind.test", 127, 0, 0, 1), at("rebind.test", 93, 184, 216, 34)};
    assertThatThrownBy(() -> LoopbackGuard.requireLoopback("rebind.test", answer))
        .isInstanceOf(LoopbackGuard.Refused.class)
        .hasMessageStartingWith("refused: rebind.test resolves to 93.184.216.34;");
  }

  @Test
  void refusesToConnectAnywhereElse() throws Exception {
    assertThatThrownBy(() -> LoopbackGuard.requireLoopback(at("x", 10, 0, 0, 1)))
        .hasMessageStartingWith("refused: 10.0.0.1 is not a loopback address");
    assertThatThrownBy(() -> LoopbackGuard.requireLoopback(InetAddress.getByName("0.0.0.0")))
        .isInstanceOf(LoopbackGuard.Refused.class);
    assertThatThrownBy(() -> LoopbackGuard.requireLoopback(null))
        .hasMessageStartingWith("refused: an unresolved address");
  }
}
