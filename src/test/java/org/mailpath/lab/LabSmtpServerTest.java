package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lab's SMTP servers, spoken to in clear text over a plain socket. */
class LabSmtpServerTest {

  private Lab lab;
  private int port;

  @BeforeEach
  void startLab() {
    lab = Lab.start(Duration.ZERO);
    port = lab.prepare("good.mail.test").smtpPort();
    lab.prepare("nostarttls.mail.test");
    lab.prepare("multi.mail.test");
  }

  @AfterEach
  void stopLab() {
    lab.close();
  }

  private SmtpTestClient connect(String hostName) throws IOException {
    return SmtpTestClient.connect(lab.addressOf(hostName), port);
  }

  @Test
  void greeting_goodHost_is220WithHostNameAndLabBanner() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      assertThat(client.readReply()).containsExactly("220 mx1.good.mail.test ESMTP mailpath-lab");
    }
  }

  @Test
  void ehlo_goodHost_advertisesExtensionsIncludingStarttls() throws IOException {
    try (SmtpTestClient client = connect("mx2.good.mail.test")) {
      client.readReply();
      List<String> reply = client.command("EHLO client.example");

      assertThat(reply)
          .containsExactly(
              "250-mx2.good.mail.test greets client.example",
              "250-PIPELINING",
              "250-SIZE 10240000",
              "250-8BITMIME",
              "250-ENHANCEDSTATUSCODES",
              "250 STARTTLS");
    }
  }

  @Test
  void ehlo_nostarttlsHost_advertisesNoStarttls() throws IOException {
    try (SmtpTestClient client = connect("mx1.nostarttls.mail.test")) {
      client.readReply();
      List<String> reply = client.command("EHLO client.example");

      assertThat(reply).last().asString().startsWith("250 ");
      assertThat(reply).noneMatch(line -> line.contains("STARTTLS"));
    }
  }

  @Test
  void starttls_nostarttlsHost_isRejectedWith502() throws IOException {
    try (SmtpTestClient client = connect("mx2.multi.mail.test")) {
      client.readReply();
      client.command("EHLO client.example");

      assertThat(client.command("STARTTLS")).singleElement().asString().startsWith("502 ");
    }
  }

  @Test
  void helo_anyHost_returns250WithHostName() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();

      assertThat(client.command("HELO client.example")).containsExactly("250 mx1.good.mail.test");
    }
  }

  @Test
  void noopAndRset_anyHost_return250() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();

      assertThat(client.command("NOOP")).containsExactly("250 2.0.0 OK");
      assertThat(client.command("RSET")).containsExactly("250 2.0.0 OK");
    }
  }

  @Test
  void quit_anyHost_returns221AndCloses() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();

      assertThat(client.command("QUIT")).singleElement().asString().startsWith("221 2.0.0");
      assertThat(client.serverClosed()).isTrue();
    }
  }

  @Test
  void unknownCommand_anyHost_returns502() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();

      assertThat(client.command("VRFY postmaster")).singleElement().asString().startsWith("502 ");
    }
  }

  @Test
  void mail_beforeEhlo_returns503() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();

      assertThat(client.command("MAIL FROM:<a@b.test>"))
          .singleElement()
          .asString()
          .startsWith("503 ");
    }
  }

  @Test
  void data_afterRecipient_isReadAndDiscarded() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();
      client.command("EHLO client.example");
      assertThat(client.command("MAIL FROM:<a@b.test>")).containsExactly("250 2.1.0 OK");
      assertThat(client.command("RCPT TO:<alice@good.mail.test>")).containsExactly("250 2.1.5 OK");

      assertThat(client.command("DATA")).singleElement().asString().startsWith("354 ");
      assertThat(client.command("Subject: lab\r\n\r\nbody\r\n."))
          .singleElement()
          .asString()
          .startsWith("250 2.0.0");
      assertThat(client.command("NOOP")).containsExactly("250 2.0.0 OK");
    }
  }

  @Test
  void pipelinedCommands_anyHost_areAnsweredInOrder() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();
      client.send("NOOP\r\nHELO client.example\r\nRSET");

      assertThat(client.readReply()).containsExactly("250 2.0.0 OK");
      assertThat(client.readReply()).containsExactly("250 mx1.good.mail.test");
      assertThat(client.readReply()).containsExactly("250 2.0.0 OK");
    }
  }

  @Test
  void commandLine_longerThan1000Octets_returns500AndCloses() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();
      client.send("NOOP " + "x".repeat(1200));

      assertThat(client.readReply()).singleElement().asString().startsWith("500 5.5.6");
      assertThat(client.serverClosed()).isTrue();
    }
  }

  @Test
  void commandLine_ofExactly1000OctetsWithCrlf_isAccepted() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();
      String noop = "NOOP ";
      client.send(noop + "x".repeat(1000 - noop.length() - 2)); // send() adds the CRLF

      assertThat(client.readReply()).containsExactly("250 2.0.0 OK");
    }
  }

  @Test
  void commandLine_ofExactly1001OctetsWithCrlf_returns500() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();
      String noop = "NOOP ";
      client.send(noop + "x".repeat(1001 - noop.length() - 2));

      assertThat(client.readReply()).singleElement().asString().startsWith("500 5.5.6");
    }
  }

  @Test
  void unknownCommands_tenInARow_end421AndClose() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();
      for (int i = 0; i < 9; i++) {
        assertThat(client.command("XYZZY")).singleElement().asString().startsWith("502 ");
      }
      client.send("XYZZY");

      assertThat(client.readReply()).singleElement().asString().startsWith("502 ");
      assertThat(client.readReply()).singleElement().asString().startsWith("421 ");
      assertThat(client.serverClosed()).isTrue();
    }
  }

  @Test
  void close_withSessionOpen_endsTheSessionAtOnce() throws IOException {
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      client.readReply();

      lab.close();

      // The client's read timeout (5 s) is far below the server's idle timeout (60 s).
      assertThat(client.serverClosed()).isTrue();
    }
  }

  @Test
  void connect_multiHostWithNothingListening_isRefused() {
    assertThatThrownBy(() -> connect("mx3.multi.mail.test")).isInstanceOf(ConnectException.class);
  }

  @Test
  void connect_hostOfScenarioNotPrepared_isRefused() {
    assertThatThrownBy(() -> connect("mx1.tls10.mail.test")).isInstanceOf(ConnectException.class);
  }

  @Test
  void prepare_sameScenarioTwice_returnsSameRouteAndKeepsServing() throws IOException {
    LabRoute first = lab.prepare("alice.good.mail.test");
    LabRoute second = lab.prepare("good.mail.test");

    assertThat(second).isEqualTo(first);
    try (SmtpTestClient client = connect("mx1.good.mail.test")) {
      assertThat(client.readReply()).singleElement().asString().startsWith("220 ");
    }
  }
}
