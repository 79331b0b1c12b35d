package org.mailpath.smtp;

import java.util.List;

/** What an SMTP dialogue has shown so far; one dialogue writes it from one thread at a time. */
public final class DialogueFacts {

  ConnectOutcome connect = ConnectOutcome.NOT_TRIED;
  String greeting;
  int greetingCode;
  boolean ehloAccepted;
  List<String> capabilities = List.of();
  boolean starttlsOffered;
  String starttlsReply;
  List<String> capabilitiesAfterTls = List.of();
  String ehloGreeting;

  public ConnectOutcome connect() {
    return connect;
  }

  public boolean starttlsOffered() {
    return starttlsOffered;
  }

  public SmtpObservation observation() {
    return new SmtpObservation(
        connect == ConnectOutcome.CONNECTED,
        greeting,
        greetingCode,
        ehloAccepted,
        capabilities,
        starttlsOffered,
        starttlsReply,
        capabilitiesAfterTls,
        ehloGreeting);
  }
}
