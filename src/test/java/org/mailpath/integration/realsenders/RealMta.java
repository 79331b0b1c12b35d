package org.mailpath.integration.realsenders;

import java.util.List;
import java.util.Map;

/** One real MTA on loopback that delivers test messages to the lab at the levels it covers. */
public interface RealMta {

  /** The ids of the SenderProfiles it plays, e.g. "postfix-may". */
  List<String> profiles();

  /**
   * Sends one message to each recipient, retries a deferred one once at once (so a sender that
   * falls back to clear text on its next attempt shows it), and returns what happened to each.
   * Recipients begin with their profile id: "postfix-may-RUN@good.mail.test".
   */
  Map<String, RealOutcome> deliver(List<String> recipients) throws Exception;

  /** Postfix, Exim and OpenSMTPD as .ci/real-senders.sh set them up, in that order. */
  static List<RealMta> all(RealSenders senders) {
    return List.of(
        new PostfixSender(senders), new EximSender(senders), new OpenSmtpdSender(senders));
  }

  /** "exim-require-tls" of "exim-require-tls-RUN@dane-mismatch.mail.test". */
  static String profileOf(String recipient) {
    String local = recipient.substring(0, recipient.indexOf('@'));
    return local.substring(0, local.lastIndexOf('-'));
  }

  /** The message every real sender delivers; the lab discards it. */
  String MESSAGE =
      "From: mailpath real-sender test <>\n"
          + "Subject: mailpath real-sender agreement\n"
          + "\n"
          + "The mailpath lab accepts this message and discards it.\n";
}
