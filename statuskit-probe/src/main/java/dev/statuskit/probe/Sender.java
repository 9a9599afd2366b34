package dev.statuskit.probe;

import dev.statuskit.exchange.Exchange;

/** Sends one probe request and returns the exchange; the seam between the plan and the network. */
@FunctionalInterface
interface Sender {
  Exchange send(ProbeRequest request) throws ProbeFailure, InterruptedException;
}
