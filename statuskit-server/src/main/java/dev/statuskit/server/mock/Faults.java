package dev.statuskit.server.mock;

import java.util.Random;

/** /fault/{kind}: the connection fails instead of answering. */
final class Faults {
  /** How many random bytes the garbage fault sends. */
  static final int GARBAGE_BYTES = 256;

  private final Random random;

  Faults(Random random) {
    this.random = random;
  }

  Reply fault(Call call) {
    Fault fault =
        Fault.parse(call.param("kind"))
            .orElseThrow(
                () ->
                    Refusal.badRequest(
                        "no fault '"
                            + Numbers.shorten(call.param("kind"))
                            + "': try "
                            + Fault.labels()));
    return Reply.fault(fault).withBody("application/octet-stream", garbage(fault));
  }

  private byte[] garbage(Fault fault) {
    if (fault != Fault.GARBAGE) {
      return new byte[0];
    }
    byte[] bytes = new byte[GARBAGE_BYTES];
    random.nextBytes(bytes);
    // A first byte outside "HTTP/" so no client can take the bytes for a status line.
    bytes[0] = (byte) 0xFF;
    return bytes;
  }
}
