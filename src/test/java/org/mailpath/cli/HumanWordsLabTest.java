package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.history.HistoryStore;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabScenario;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.senders.Delivery;
import org.mailpath.report.MarkdownReport;
import org.mailpath.report.PdfReport;
import org.mailpath.report.doc.Tone;
import org.mailpath.report.section.ReportContext;
import org.mailpath.text.EnumNames;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.policy.DomainPolicyFacts;
import org.mailpath.ui.policy.PolicyFact;
import org.mailpath.ui.policy.PolicySection;
import picocli.CommandLine;

/**
 * Every lab scenario, traced in-process, rendered as the trace summary, {@code history show}, the
 * Markdown report and the PDF's text: none of them may show an internal enum name to a person.
 */
class HumanWordsLabTest {

  /**
   * The enums of everything a report holds, plus those a report stores only as strings (Delivery as
   * its word, the DANE decision and check by constant name) or does not store at all (Tone).
   */
  static final EnumNames NAMES =
      EnumNames.reachableFrom(
          List.of(TraceReport.class),
          List.of(Delivery.class, Decision.class, DaneResult.Status.class, Tone.class));

  private static ExecutorService executor;
  private static Lab lab;
  @TempDir static Path home;

  @BeforeAll
  static void start() {
    executor = Executors.newCachedThreadPool();
    lab = Lab.start(Duration.ZERO);
  }

  @AfterAll
  static void stop() {
    lab.close();
    executor.shutdownNow();
  }

  static Stream<LabScenario> scenarios() {
    return Lab.scenarios().stream();
  }

  @Test
  void names_collectedByReflection_includeTheKnownLeaks() {
    assertThat(NAMES.constants())
        .contains(
            "DELIVER_UNAUTHENTICATED_TLS",
            "NOT_APPLICABLE",
            "NONE",
            "RETURNED",
            "MATCH",
            "SERVFAIL",
            "DIRECT",
            "UNCHECKED",
            "DANE_REQUIRED",
            "WARNING");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void render_labScenario_showsNoEnumName(LabScenario scenario) throws Exception {
    TraceReport report = trace("alice@" + scenario.domain());
    ReportContext context = new ReportContext(report, 7L, ZoneId.of("UTC"));

    String markdown = new MarkdownReport().render(context);
    String pdf = pdfText(context);

    assertSoftly(
        soft -> {
          soft.assertThat(NAMES.leaks(summary(report))).as("trace summary").isEmpty();
          soft.assertThat(NAMES.leaks(historyShow(report))).as("history show").isEmpty();
          soft.assertThat(NAMES.leaks(historyList(report, scenario.domain())))
              .as("history list")
              .isEmpty();
          soft.assertThat(NAMES.leaks(markdown)).as("Markdown").isEmpty();
          soft.assertThat(NAMES.leaks(pdf)).as("PDF").isEmpty();
          soft.assertThat(NAMES.leaks(windowPolicy(report))).as("window: domain policy").isEmpty();
        });
  }

  private static TraceReport trace(String address) throws Exception {
    TraceService service =
        new TraceService(executor, Clock.systemUTC(), () -> lab, home.resolve("history.db"));
    return service
        .trace(TargetParser.parse(address), TraceOptions.defaults(), false, TraceListener.NONE)
        .get(60, TimeUnit.SECONDS)
        .report();
  }

  private static String summary(TraceReport report) {
    StringWriter text = new StringWriter();
    new TraceSummaryPrinter(new PrintWriter(text)).print(report, 7L);
    return text.toString();
  }

  private static String historyShow(TraceReport report) {
    StringWriter text = new StringWriter();
    new HistoryCommand.SessionText(new PrintWriter(text), Object::toString).print(7L, report);
    return text.toString();
  }

  /** {@code history list} over a database holding only {@code report}. */
  private static String historyList(TraceReport report, String name) {
    Path database = home.resolve("list-" + name + ".db");
    try (HistoryStore store = HistoryStore.open(database)) {
      store.save(report);
    }
    StringWriter text = new StringWriter();
    CommandLine list = new CommandLine(new HistoryCommand(database, ZoneId.of("UTC")));
    list.setOut(new PrintWriter(text));
    assertThat(list.execute("list")).isZero();
    return text.toString();
  }

  /** The domain policy pane's text, from the facts it shows (built without JavaFX). */
  private static String windowPolicy(TraceReport report) {
    StringBuilder text = new StringBuilder();
    for (PolicySection section : DomainPolicyFacts.of(report)) {
      text.append(section.title()).append('\n').append(section.verdict()).append('\n');
      for (PolicyFact fact : section.facts()) {
        text.append(fact.name()).append(": ").append(fact.value()).append('\n');
      }
    }
    return text.toString();
  }

  private static String pdfText(ReportContext context) throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new PdfReport().write(context, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
