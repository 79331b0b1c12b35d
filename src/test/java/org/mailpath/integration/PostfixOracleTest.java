package org.mailpath.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailpath.address.TargetParser;
import org.mailpath.finding.Finding;
import org.mailpath.pki.Certificates;
import org.mailpath.tls.CipherSuiteInfo;
import org.mailpath.tls.TlsObservation;
import org.mailpath.tls.VersionResult;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceEngine;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * mailpath against Postfix servers nobody here wrote, checked by openssl s_client on the same
 * server: protocol version, cipher suite, EMS and key-exchange group must agree.
 */
class PostfixOracleTest {

  private static ExecutorService executor;
  private static PostfixInstances postfix;
  private static Map<String, String> standardNames;

  @BeforeAll
  static void start() throws Exception {
    postfix = PostfixInstances.require();
    executor = Executors.newCachedThreadPool();
    standardNames = OpenSslOracle.standardNames();
  }

  @AfterAll
  static void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private static TraceReport trace(int port) throws Exception {
    TraceEngine engine = TraceEngine.builder().executor(executor).clock(Clock.systemUTC()).build();
    TraceOptions options =
        TraceOptions.builder()
            .timeout(Duration.ofSeconds(20))
            .extraTrustAnchors(Certificates.fromPemFile(postfix.caFile()))
            .build();
    return engine
        .trace(TargetParser.parse("[127.0.0.1]:" + port), options, TraceListener.NONE)
        .get(60, TimeUnit.SECONDS);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"modern", "tls10", "noems", "debian"})
  void trace_agreesWithOpenSsl_onVersionCipherEmsAndGroup(String instance) throws Exception {
    int port = postfix.port(instance);
    TlsObservation ours = onlyConnection(trace(port)).tls();

    assertThat(ours.established()).as("mailpath handshake with %s", instance).isTrue();
    // The same offer range as mailpath's (TLS 1.0-1.3): openssl must land on the same version.
    OpenSslOracle.Observation theirs = OpenSslOracle.handshake(port);
    assertThat(theirs.established()).as(theirs.output()).isTrue();
    assertThat(ours.version()).isEqualTo(OpenSslOracle.normaliseVersion(theirs.protocol()));
    if ("TLSv1.3".equals(ours.version())) {
      // RFC 8446: EMS does not exist in TLS 1.3 (openssl prints a meaningless "no").
      assertThat(ours.extendedMasterSecret()).isEqualTo("n/a");
    } else {
      assertThat(ours.extendedMasterSecret()).isEqualTo(theirs.ems());
    }
    assertThat(ours.keyExchangeGroup()).isEqualToIgnoringCase(theirs.tempKey());
    // Cipher choice follows each client's offer; openssl offered only mailpath's suite must
    // be given exactly that suite at the same version.
    OpenSslOracle.Observation sameSuite = OpenSslOracle.handshake(port, suiteOption(ours));
    assertThat(sameSuite.established()).as(sameSuite.output()).isTrue();
    assertThat(standardNames.get(sameSuite.cipher())).isEqualTo(ours.cipherSuite());
    assertThat(OpenSslOracle.normaliseVersion(sameSuite.protocol())).isEqualTo(ours.version());
  }

  @Test
  void trace_noStartTlsServer_agreesWithOpenSslThatStartTlsIsMissing() throws Exception {
    int port = postfix.port("nostarttls");
    TraceReport report = trace(port);

    assertThat(report.findings())
        .extracting(Finding::code)
        .containsExactly("starttls-not-supported");
    assertThat(onlyConnection(report).tls()).isNull();
    OpenSslOracle.Observation theirs = OpenSslOracle.handshake(port);
    assertThat(theirs.established()).isFalse();
    assertThat(theirs.output()).containsIgnoringCase("STARTTLS");
  }

  @Test
  void trace_modernServer_hasValidChainAndNoFindings() throws Exception {
    TraceReport report = trace(postfix.port("modern"));

    TlsObservation tls = onlyConnection(report).tls();
    assertThat(tls.chain()).isNotEmpty();
    assertThat(tls.verdict().pkixTrusted()).isTrue();
    assertThat(tls.verdict().hostnameMatches()).isTrue();
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void trace_tls10Server_raisesMaxVersionFinding() throws Exception {
    assertThat(trace(postfix.port("tls10")).findings())
        .extracting(Finding::code)
        .contains("tls-max-version-1.0", "tls-version-obsolete", "tls13-not-supported");
  }

  @Test
  void trace_noEmsServer_raisesEmsFinding() throws Exception {
    assertThat(trace(postfix.port("noems")).findings())
        .extracting(Finding::code)
        .containsExactlyInAnyOrder(
            "tls12-without-ems", "tls13-not-supported", "tls-version-obsolete");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"modern", "tls10", "noems", "debian"})
  void sweep_agreesWithOpenSsl_versionByVersion(String instance) throws Exception {
    int port = postfix.port(instance);
    List<VersionResult> sweep = onlyConnection(trace(port)).versions();

    assertThat(sweep)
        .extracting(VersionResult::version)
        .containsExactly("TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3");
    for (VersionResult ours : sweep) {
      OpenSslOracle.Observation theirs =
          OpenSslOracle.handshake(port, OPENSSL_VERSION_FLAG.get(ours.version()));
      assertThat(ours.status())
          .as(
              "%s %s: openssl says %s",
              instance, ours.version(), theirs.established() ? "accepted" : "refused")
          .isEqualTo(
              theirs.established() ? VersionResult.Status.ACCEPTED : VersionResult.Status.REFUSED);
      if (ours.accepted() && !"TLSv1.3".equals(ours.version())) {
        assertThat(ours.extendedMasterSecret())
            .as("%s %s EMS", instance, ours.version())
            .isEqualTo(theirs.ems());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"modern", "tls10", "noems", "debian"})
  void sweep_agreesWithTestSsl(String instance) throws Exception {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        ci || TestSslOracle.installed(), "testssl is not installed");
    int port = postfix.port(instance);
    List<VersionResult> sweep = onlyConnection(trace(port)).versions();
    Map<String, Boolean> theirs = TestSslOracle.protocols(port);
    org.junit.jupiter.api.Assumptions.assumeFalse(
        theirs.containsKey(TestSslOracle.CANNOT_JUDGE),
        "testssl reports that its OpenSSL cannot connect to "
            + instance
            + ": no verdict to compare");

    assertThat(theirs)
        .as("testssl's protocol verdicts")
        .containsOnlyKeys(TestSslOracle.IDS.keySet());
    for (VersionResult ours : sweep) {
      assertThat(ours.accepted())
          .as("%s %s", instance, ours.version())
          .isEqualTo(theirs.get(ours.version()));
    }
  }

  @Test
  void deep_everyAcceptedSuite_isAcceptedByOpenSslToo() throws Exception {
    int port = postfix.port("debian");
    TraceEngine engine = TraceEngine.builder().executor(executor).clock(Clock.systemUTC()).build();
    TraceReport report =
        engine
            .trace(
                TargetParser.parse("[127.0.0.1]:" + port),
                TraceOptions.builder().deep(true).quick(true).build(),
                TraceListener.NONE)
            .get(120, TimeUnit.SECONDS);
    List<CipherSuiteInfo> suites = onlyConnection(report).tls12CipherSuites();

    assertThat(suites).isNotEmpty();
    assertThat(suites).extracting(CipherSuiteInfo::name).doesNotHaveDuplicates();
    for (CipherSuiteInfo suite : suites) {
      String openSslName =
          standardNames.entrySet().stream()
              .filter(e -> e.getValue().equals(suite.name()) && !e.getKey().startsWith("TLS_"))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse(null);
      if (openSslName == null) {
        continue; // a suite this openssl build does not implement cannot be cross-checked
      }
      OpenSslOracle.Observation theirs =
          OpenSslOracle.handshake(port, "-tls1_2", "-cipher", openSslName + ":@SECLEVEL=0");
      assertThat(theirs.established()).as("openssl with only %s", suite.name()).isTrue();
    }
  }

  private static final Map<String, String> OPENSSL_VERSION_FLAG =
      Map.of("TLSv1.0", "-tls1", "TLSv1.1", "-tls1_1", "TLSv1.2", "-tls1_2", "TLSv1.3", "-tls1_3");

  private String[] suiteOption(TlsObservation ours) {
    if ("TLSv1.3".equals(ours.version())) {
      return new String[] {"-ciphersuites", ours.cipherSuite()};
    }
    String openSslName =
        standardNames.entrySet().stream()
            .filter(e -> e.getValue().equals(ours.cipherSuite()) && !e.getKey().startsWith("TLS_"))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(() -> new AssertionError("openssl does not know " + ours.cipherSuite()));
    return new String[] {"-no_tls1_3", "-cipher", openSslName + ":@SECLEVEL=0"};
  }

  private static ConnectionReport onlyConnection(TraceReport report) {
    List<ConnectionReport> connections = report.connections();
    assertThat(connections).hasSize(1);
    return connections.get(0);
  }
}
