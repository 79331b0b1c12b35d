package org.mailpath.lab.net;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One port held on many loopback addresses by sockets that are bound but do not listen, so a
 * connection to a reserved address is refused until a server takes the reservation over.
 */
public final class PortReservation implements AutoCloseable {

  /** A port that is free on the first address may be taken on another: try a new one this often. */
  private static final int PORT_ATTEMPTS = 20;

  private final int port;
  private final Map<InetAddress, Socket> placeholders;

  private PortReservation(int port, Map<InetAddress, Socket> placeholders) {
    this.port = port;
    this.placeholders = placeholders;
  }

  /** Reserves one common, otherwise free port on every address of {@code addresses}. */
  public static PortReservation reserve(List<InetAddress> addresses) throws IOException {
    return reserve(addresses, 0);
  }

  /**
   * Reserves {@code port} on every address of {@code addresses}, or (port 0) one common, otherwise
   * free port.
   *
   * @throws BindException if {@code port} is taken on one of the addresses
   */
  public static PortReservation reserve(List<InetAddress> addresses, int port) throws IOException {
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("nothing to reserve a port on");
    }
    if (port != 0) {
      Map<InetAddress, Socket> reserved = new LinkedHashMap<>();
      try {
        for (InetAddress address : addresses) {
          bindReusing(address, port, reserved);
        }
        return new PortReservation(port, reserved);
      } catch (IOException conflict) {
        reserved.values().forEach(ConnectionPool::closeQuietly);
        throw conflict;
      }
    }
    BindException lastConflict = null;
    for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
      Map<InetAddress, Socket> reserved = new LinkedHashMap<>();
      try {
        int chosen = bind(addresses.get(0), 0, reserved);
        for (InetAddress address : addresses.subList(1, addresses.size())) {
          bind(address, chosen, reserved);
        }
        return new PortReservation(chosen, reserved);
      } catch (BindException conflict) {
        reserved.values().forEach(ConnectionPool::closeQuietly);
        lastConflict = conflict;
      }
    }
    throw lastConflict;
  }

  private static int bind(InetAddress address, int port, Map<InetAddress, Socket> reserved)
      throws IOException {
    Socket placeholder = new Socket();
    // Without SO_REUSEADDR no other socket, listening or not, can bind the same address:port.
    placeholder.setReuseAddress(false);
    try {
      placeholder.bind(new InetSocketAddress(address, port));
    } catch (IOException e) {
      placeholder.close();
      throw e;
    }
    reserved.put(address, placeholder);
    return placeholder.getLocalPort();
  }

  /**
   * A fixed port is the same in the next lab, whose reservation would otherwise fail while the last
   * lab's connections linger in TIME_WAIT (RFC 9293 §3.6.1, 2 MSL): SO_REUSEADDR lets it bind, and
   * Linux still refuses a second socket that does not set it.
   */
  private static void bindReusing(InetAddress address, int port, Map<InetAddress, Socket> reserved)
      throws IOException {
    Socket placeholder = new Socket();
    placeholder.setReuseAddress(true);
    try {
      placeholder.bind(new InetSocketAddress(address, port));
    } catch (IOException e) {
      placeholder.close();
      throw e;
    }
    reserved.put(address, placeholder);
  }

  public int port() {
    return port;
  }

  /** Gives up the reservation of {@code address}, so that a server can bind it. */
  public synchronized void release(InetAddress address) throws IOException {
    Socket placeholder = placeholders.remove(address);
    if (placeholder != null) {
      placeholder.close();
    }
  }

  @Override
  public synchronized void close() {
    placeholders.values().forEach(ConnectionPool::closeQuietly);
    placeholders.clear();
  }
}
