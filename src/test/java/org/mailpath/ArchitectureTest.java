package org.mailpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The rules of DESIGN.md ("Rules (enforced by an architecture test)"), each with its reason. */
@AnalyzeClasses(packages = "org.mailpath", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] CORE = {
    "org.mailpath.address..",
    "org.mailpath.bounds..",
    "org.mailpath.context..",
    "org.mailpath.finding..",
    "org.mailpath.text..",
    "org.mailpath.dns..",
    "org.mailpath.smtp..",
    "org.mailpath.tls..",
    "org.mailpath.pki..",
    "org.mailpath.policy..",
    "org.mailpath.exposure..",
    "org.mailpath.trace.."
  };

  @ArchTest
  static final ArchRule javafx_outsideUi_isNotUsed =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.mailpath.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because(
              "only the window needs JavaFX: the core, the CLI and the stores must run and be"
                  + " tested headless, and JavaFX types in a report would tie every consumer to the"
                  + " FX thread");

  @ArchTest
  static final ArchRule javaSql_outsideHistory_isNotUsed =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.mailpath.history..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.sql..")
          .because(
              "history owns the SQLite file, its schema and its migrations; anyone else reads"
                  + " sessions through HistoryStore, so the schema can change in one place");

  @ArchTest
  static final ArchRule history_report_isNotUsed =
      noClasses()
          .that()
          .resideInAPackage("org.mailpath.history..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.mailpath.report..")
          .because(
              "a store must not depend on a renderer: history keeps reports in a format of its own"
                  + " (ReportCodec, versioned per row), so the --json output and the report files"
                  + " can change without making stored sessions unreadable");

  @ArchTest
  static final ArchRule standardStreams_outsideCli_areNotUsed =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.mailpath.cli..")
          .and()
          .doNotHaveFullyQualifiedName(Main.class.getName())
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because(
              "only the CLI talks to a terminal: the core reports through events and findings, and"
                  + " output printed from the core would corrupt --json output and vanish in the"
                  + " window");

  @ArchTest
  static final ArchRule core_faceOrStore_isNotUsed =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.mailpath.ui..",
              "org.mailpath.cli..",
              "org.mailpath.history..",
              "org.mailpath.report..",
              "org.mailpath.lab..",
              "org.mailpath.app..")
          .because(
              "the core (address ... trace) is pure Java that every face and store reads; the lab"
                  + " is reached only through the options the app passes in, so a trace of the real"
                  + " internet runs without it");

  @ArchTest
  static final ArchRule batch_facesStoresLab_areNotUsed =
      noClasses()
          .that()
          .resideInAPackage("org.mailpath.batch..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.mailpath.ui..",
              "org.mailpath.cli..",
              "org.mailpath.history..",
              "org.mailpath.lab..",
              "org.mailpath.app..")
          .because(
              "batch runs traces through a Tracer and hands results to a ResultSink that its"
                  + " caller supplies, so the same runner serves the CLI, the window and tests;"
                  + " where results are stored (history) and how targets are traced (app, lab) is"
                  + " the caller's choice");

  /**
   * The pipeline of DESIGN.md, each stage using only the stages below it:
   * address/bounds/context/finding/text ← dns ← smtp ← pki ← tls ← policy ← exposure ← trace. pki
   * sits below tls although inspection follows negotiation in the flow: the negotiating stage
   * records the captured chain with pki's parser and records, and pki needs nothing of TLS
   * (docs/decisions/0003). Base holds what every stage is given (context: time, threads, network,
   * budgets, the step log) and the vocabulary they share (targets, deadlines, findings, safe remote
   * text).
   */
  @ArchTest
  static final ArchRule pipeline_laterStage_isNotUsedByEarlierStage =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Base")
          .definedBy(
              "org.mailpath.address..",
              "org.mailpath.bounds..",
              "org.mailpath.context..",
              "org.mailpath.finding..",
              "org.mailpath.text..")
          .layer("Dns")
          .definedBy("org.mailpath.dns..")
          .layer("Smtp")
          .definedBy("org.mailpath.smtp..")
          .layer("Pki")
          .definedBy("org.mailpath.pki..")
          .layer("Tls")
          .definedBy("org.mailpath.tls..")
          .optionalLayer("Policy")
          .definedBy("org.mailpath.policy..")
          .optionalLayer("Exposure")
          .definedBy("org.mailpath.exposure..")
          .layer("Trace")
          .definedBy("org.mailpath.trace..")
          .whereLayer("Base")
          .mayNotAccessAnyLayer()
          .whereLayer("Dns")
          .mayOnlyAccessLayers("Base")
          .whereLayer("Smtp")
          .mayOnlyAccessLayers("Base", "Dns")
          .whereLayer("Pki")
          .mayOnlyAccessLayers("Base")
          .whereLayer("Tls")
          .mayOnlyAccessLayers("Base", "Dns", "Smtp", "Pki")
          .whereLayer("Policy")
          .mayOnlyAccessLayers("Base", "Dns", "Smtp", "Pki", "Tls")
          .whereLayer("Exposure")
          .mayOnlyAccessLayers("Base", "Dns", "Smtp", "Pki", "Tls", "Policy")
          .because(
              "the pipeline resolve -> connect -> negotiate/inspect -> evaluate -> explain must"
                  + " stay visible in the code: a stage builds on the stages below it, never on a"
                  + " later one, so each stage can be tested with only its predecessors");

  @ArchTest
  static final ArchRule trace_raisesNoFinding =
      noClasses()
          .that()
          .resideInAPackage("org.mailpath.trace..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.mailpath.finding.FindingCode")
          .because(
              "trace only sequences the stages: every rule, and so every finding it raises, lives"
                  + " in the stage that owns the facts (dns, smtp, tls, pki, policy), where a"
                  + " reader looks for it");

  @ArchTest
  static final ArchRule stages_blockNoThreadOnAnotherTask =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .callMethod(java.util.concurrent.CompletableFuture.class, "get")
          .orShould()
          .callMethod(java.util.concurrent.Semaphore.class, "acquire")
          .orShould()
          .callMethod(java.util.concurrent.Semaphore.class, "acquireUninterruptibly")
          .because(
              "stages compose futures: a pool thread that waits for a task queued on the same"
                  + " pool deadlocks a small executor, so a trace must be correct on one thread");

  @ArchTest
  static final ArchRule packages_anyTwo_doNotDependOnEachOther =
      slices()
          .matching("org.mailpath.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "a cycle between packages makes them one package in practice: neither can be"
                  + " understood, tested or replaced without the other");

  @ArchTest
  static final ArchRule uiFeatures_anyTwo_doNotDependOnEachOther =
      slices()
          .matching("org.mailpath.ui.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "each window feature (timeline, findings, history, ...) keeps its view model beside"
                  + " its view; the shell composes them and a feature builds only on features below"
                  + " it, so a feature can be read, tested and changed without the rest of the"
                  + " window");
}
