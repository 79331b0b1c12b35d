package org.mailpath.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailpath.context.StepStatus;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.Severity;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.requiretls.RequireTlsVerdict;
import org.mailpath.policy.sts.StsFetchResult;
import org.mailpath.policy.sts.StsTxtRecord;
import org.mailpath.policy.tlsrpt.TlsRptRecord;
import org.mailpath.report.doc.Tone;
import org.mailpath.text.EnumNames;

/**
 * The one wording per enum that the CLI, the reports and the window share: every constant has
 * words, and the window's formatting of them shows no constant name.
 */
class EnumWordsTest {

  private static final List<Class<? extends Enum<?>>> WORDED =
      List.of(
          Severity.class,
          StepStatus.class,
          DnssecStatus.class,
          MxResolution.Outcome.class,
          Decision.class,
          DaneResult.Status.class,
          StsTxtRecord.Status.class,
          StsFetchResult.Outcome.class,
          TlsRptRecord.Status.class,
          RequireTlsVerdict.Outcome.class,
          Tone.class);

  private static final EnumNames NAMES = EnumNames.reachableFrom(List.of(), WORDED);

  static Stream<Arguments> windowWords() {
    Stream<Arguments> severities =
        Arrays.stream(Severity.values()).map(s -> Arguments.of(s, Formats.severity(s)));
    Stream<Arguments> statuses =
        Arrays.stream(StepStatus.values()).map(s -> Arguments.of(s, Formats.status(s)));
    Stream<Arguments> outcomes =
        Arrays.stream(MxResolution.Outcome.values())
            .map(o -> Arguments.of(o, Formats.sentence(o.label())));
    Stream<Arguments> decisions =
        Arrays.stream(Decision.values())
            .map(d -> Arguments.of(d, Formats.sentence(Decision.labelOf(d.name()))));
    return Stream.of(severities, statuses, outcomes, decisions).flatMap(Function.identity());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("windowWords")
  void windowWording_everyConstant_showsWordsNotTheName(Enum<?> constant, String shown) {
    assertThat(shown).isNotBlank().isNotEqualTo(constant.name());
    assertThat(NAMES.leaks(shown)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("worded")
  void label_everyConstant_hasWordsOfItsOwn(Class<? extends Enum<?>> type) throws Exception {
    for (Enum<?> constant : type.getEnumConstants()) {
      String label = (String) type.getMethod("label").invoke(constant);

      assertThat(label).as(constant.name()).isNotBlank();
      assertThat(NAMES.leaks(label)).as(constant.name()).isEmpty();
    }
  }

  static Stream<Class<? extends Enum<?>>> worded() {
    return WORDED.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("worded")
  void names_collected_includeEveryConstant(Class<? extends Enum<?>> type) {
    assertThat(NAMES.constants())
        .containsAll(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
