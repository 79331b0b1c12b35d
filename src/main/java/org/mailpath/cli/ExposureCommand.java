package org.mailpath.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mailpath.address.Target;
import org.mailpath.address.TargetParser;
import org.mailpath.exposure.Exposure;
import org.mailpath.exposure.ExposureMatrix;
import org.mailpath.exposure.ExposureText;
import org.mailpath.exposure.HeaderPolicy;
import org.mailpath.exposure.LastHop;
import org.mailpath.exposure.MessageSample;
import org.mailpath.exposure.MxConnection;
import org.mailpath.exposure.Protection;
import org.mailpath.policy.TlsAuthentication;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mailpath exposure TARGET}: trace the path (quick, not stored unless asked), then show who
 * can read which part of an example message on it, with the chosen end-to-end protection.
 */
@Command(
    name = "exposure",
    mixinStandardHelpOptions = true,
    description = {
      "Show who can read which part of a message on the path to TARGET.",
      "Traces the path (one STARTTLS session per host), then shows envelope, header fields,"
          + " body and attachments against seven observers, with and without PGP, S/MIME and"
          + " header protection. The example message is only shown, never sent."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the matrix was printed",
      "2:bad usage or input",
      "3:the trace could not run"
    })
public final class ExposureCommand implements Callable<Integer> {

  /** Records and enums only: a plain mapper writes the matrix as it is. */
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TARGET", description = "user@domain | domain | [host]:port | [ip]:port")
  String target;

  @Option(
      names = "--protection",
      paramLabel = "KIND",
      defaultValue = "smime",
      description =
          "none | pgp | pgp-inline | pgp-hp | smime | smime-signed | smime-hp (default:"
              + " ${DEFAULT-VALUE})")
  String protection;

  @Option(
      names = "--hcp",
      paramLabel = "baseline|no-confidentiality",
      defaultValue = "baseline",
      description =
          "RFC 9788 header confidentiality policy for pgp-hp and smime-hp (default:"
              + " ${DEFAULT-VALUE}).")
  String headerPolicy;

  @Option(names = "--json", description = "Print the matrix as JSON instead of a table.")
  boolean json;

  @Option(names = "--subject", paramLabel = "TEXT", description = "The example Subject.")
  String subject;

  @Option(names = "--from", paramLabel = "ADDRESS", description = "The example author.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "ADDRESS",
      description = "The example recipient (default: TARGET when it is an address).")
  String to;

  @Option(names = "--cc", paramLabel = "ADDRESS", description = "An example Cc recipient.")
  String cc;

  @Option(names = "--bcc", paramLabel = "ADDRESS", description = "An example Bcc recipient.")
  String bcc;

  @Option(
      names = "--attachment",
      paramLabel = "NAME",
      description = "An example attachment file name.")
  String attachment;

  @Option(
      names = "--assume-tls-policy",
      paramLabel = "traced|none|dane|mta-sts",
      defaultValue = "traced",
      description =
          "What keeps senders from falling back to weaker transport: as the trace found it"
              + " (DANE or MTA-STS enforce), or an assumption for demonstrations (default:"
              + " ${DEFAULT-VALUE}).")
  String assumedPolicy;

  @Option(names = "--reasons", description = "Also print every cell's reason and RFC section.")
  boolean reasons;

  @Option(names = "--store", description = "Keep the trace in history (by default it is not kept).")
  boolean store;

  @Mixin TraceOptionsMixin traceOptions;

  @Override
  public Integer call() {
    PrintWriter out = VisibleWriter.guard(spec.commandLine().getOut());
    PrintWriter err = VisibleWriter.guard(spec.commandLine().getErr());
    Target parsed;
    TraceOptions options;
    Protection chosen;
    TlsAuthentication policy;
    HeaderPolicy hcp;
    try {
      parsed = TargetParser.parse(target);
      options = options();
      chosen =
          Protection.byCliName(protection)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--protection must be one of none, pgp, pgp-inline, pgp-hp, smime,"
                              + " smime-signed, smime-hp"));
      policy = policy(assumedPolicy);
      hcp =
          HeaderPolicy.byCliName(headerPolicy)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException("--hcp must be baseline or no-confidentiality"));
    } catch (IllegalArgumentException e) { // includes InvalidTargetException
      err.println("mailpath: " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    }
    return TraceRunner.run(parsed, options, store, TraceListener.NONE, err)
        .map(
            outcome -> {
              int status = print(outcome.report(), chosen, hcp, policy, out, err);
              TraceRunner.sayIfNotStored(outcome, err);
              return status;
            })
        .orElse(ExitStatus.COULD_NOT_RUN);
  }

  private int print(
      TraceReport report,
      Protection chosen,
      HeaderPolicy hcp,
      TlsAuthentication assumed,
      PrintWriter out,
      PrintWriter err) {
    TlsAuthentication enforcedBy =
        assumed != null
            ? assumed
            : report.policy() == null ? TlsAuthentication.NONE : report.policy().enforcedBy();
    ExposureMatrix matrix =
        Exposure.matrix(sample(report), chosen, hcp, lastHopOf(report, enforcedBy));
    if (json) {
      try {
        // made here, not in a static field: every command line builds this command, and Jackson's
        // ~400 classes would slow down `mailpath --version` and `history list`
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(matrix));
      } catch (JsonProcessingException e) {
        err.println("mailpath: " + e.getMessage());
        return ExitStatus.COULD_NOT_RUN;
      }
      out.flush();
      return ExitStatus.OK;
    }
    out.println("Exposure on the path to " + report.target());
    if (report.connections().stream().noneMatch(c -> c.smtp() != null && c.smtp().connected())) {
      out.println(
          "Note:       the trace reached no MX host ("
              + String.join(", ", report.findings().stream().map(f -> f.code()).distinct().toList())
              + "); run 'mailpath trace "
              + report.target()
              + "' for details.");
    }
    out.print(ExposureText.table(matrix));
    if (reasons) {
      out.println();
      out.print(ExposureText.reasons(matrix));
    }
    out.flush();
    return ExitStatus.OK;
  }

  /**
   * The trace's connections as the exposure stage's input. (Belongs with the trace once it embeds
   * the matrix in its report; here until then.)
   */
  static LastHop lastHopOf(TraceReport report, TlsAuthentication enforcedBy) {
    List<MxConnection> connections =
        report.connections().stream().map(ConnectionReport::asMxConnection).toList();
    return LastHop.choose(connections, enforcedBy);
  }

  private MessageSample sample(TraceReport report) {
    MessageSample s = MessageSample.DEFAULT;
    String recipient = to != null ? to : report.target().contains("@") ? report.target() : s.to();
    return new MessageSample(
        from != null ? from : s.from(),
        recipient,
        cc != null ? cc : s.cc(),
        bcc != null ? bcc : s.bcc(),
        subject != null ? subject : s.subject(),
        attachment != null ? attachment : s.attachment());
  }

  private TraceOptions options() {
    // One STARTTLS session per host is all exposure needs: the version sweep adds nothing here.
    return traceOptions.applyTo(TraceOptions.builder().quick(true).build());
  }

  /** The assumed policy, or null for "as traced". */
  private static TlsAuthentication policy(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "traced" -> null;
      case "none" -> TlsAuthentication.NONE;
      case "dane" -> TlsAuthentication.DANE;
      case "mta-sts" -> TlsAuthentication.MTA_STS;
      default ->
          throw new IllegalArgumentException(
              "--assume-tls-policy must be traced, none, dane or mta-sts");
    };
  }
}
