package org.mailpath.lab.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reservation holds one port on several loopback addresses; connections there are refused. */
class PortReservationTest {

  private static final List<InetAddress> ADDRESSES = addresses("127.0.2.250", "127.0.2.251");

  @Test
  void reserve_fixedPort_holdsThatPortOnEveryAddress() throws Exception {
    int free = freePort();
    try (PortReservation reservation = PortReservation.reserve(ADDRESSES, free)) {
      assertThat(reservation.port()).isEqualTo(free);
      assertThatThrownBy(() -> new Socket(ADDRESSES.get(1), free).close())
          .isInstanceOf(ConnectException.class);
      // A server without SO_REUSEADDR cannot take a reserved address:port.
      try (ServerSocket other = new ServerSocket()) {
        other.setReuseAddress(false);
        assertThatThrownBy(() -> other.bind(new InetSocketAddress(ADDRESSES.get(0), free)))
            .isInstanceOf(BindException.class);
      }
      reservation.release(ADDRESSES.get(0));
      try (ServerSocket server = new ServerSocket()) {
        server.bind(new InetSocketAddress(ADDRESSES.get(0), free));
        assertThat(server.getLocalPort()).isEqualTo(free);
      }
    }
  }

  @Test
  void reserve_fixedPortListenedOn_fails() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(ADDRESSES.get(1), 0));
      assertThatThrownBy(() -> PortReservation.reserve(ADDRESSES, taken.getLocalPort()))
          .isInstanceOf(BindException.class);
    }
  }

  private static int freePort() throws Exception {
    try (PortReservation any = PortReservation.reserve(ADDRESSES)) {
      return any.port();
    }
  }

  private static List<InetAddress> addresses(String... literals) {
    try {
      List<InetAddress> out = new java.util.ArrayList<>();
      for (String literal : literals) {
        out.add(InetAddress.getByName(literal));
      }
      return List.copyOf(out);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
