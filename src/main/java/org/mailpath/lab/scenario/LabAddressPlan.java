package org.mailpath.lab.scenario;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every lab host (mail hosts and MTA-STS policy hosts) its own loopback address in
 * 127.0.2.0/24, in catalog order, so that many servers can share one port and DNS can point each MX
 * name at a different server. Linux routes all of 127.0.0.0/8 to the loopback interface (RFC 1122
 * §3.2.1.3 reserves it for loopback).
 */
public final class LabAddressPlan {

  /** The first three octets of every lab host address. */
  private static final byte[] LAB_PREFIX = {127, 0, 2};

  /** .0 is the network and .255 the broadcast address by convention; 1..254 remain. */
  private static final int MAX_HOSTS = 254;

  private final Map<String, InetAddress> addresses;

  private LabAddressPlan(Map<String, InetAddress> addresses) {
    this.addresses = Collections.unmodifiableMap(addresses);
  }

  /** The plan for every host of {@code definitions}, numbered from 127.0.2.1 in order. */
  public static LabAddressPlan of(List<ScenarioDefinition> definitions) {
    Map<String, InetAddress> addresses = new LinkedHashMap<>();
    for (ScenarioDefinition definition : definitions) {
      for (LabHost host : definition.hosts()) {
        assign(host.name(), addresses);
        if (definition.attacker().isPresent()) {
          assign(ScenarioDefinition.attackerFront(host.name()), addresses);
        }
      }
      definition.policyHost().ifPresent(name -> assign(name, addresses));
    }
    return new LabAddressPlan(addresses);
  }

  private static void assign(String hostName, Map<String, InetAddress> addresses) {
    if (addresses.containsKey(hostName)) {
      throw new IllegalArgumentException("lab host listed twice: " + hostName);
    }
    addresses.put(hostName, addressNumber(addresses.size() + 1));
  }

  private static InetAddress addressNumber(int number) {
    if (number > MAX_HOSTS) {
      throw new IllegalArgumentException("the lab has room for " + MAX_HOSTS + " hosts");
    }
    try {
      return InetAddress.getByAddress(
          new byte[] {LAB_PREFIX[0], LAB_PREFIX[1], LAB_PREFIX[2], (byte) number});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("a 4-byte address is always valid", e);
    }
  }

  /** The loopback address of the lab host {@code hostName}. */
  public InetAddress addressOf(String hostName) {
    InetAddress address = addresses.get(hostName);
    if (address == null) {
      throw new IllegalArgumentException("not a lab host: " + hostName);
    }
    return address;
  }

  /** Every host address, in plan order. */
  public Map<String, InetAddress> all() {
    return addresses;
  }
}
