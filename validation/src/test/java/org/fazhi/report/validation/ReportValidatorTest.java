package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.report.validation.Fixtures.METADATA;
import static org.fazhi.report.validation.Fixtures.MINIMAL_VALID;
import static org.fazhi.report.validation.Fixtures.S1;
import static org.fazhi.report.validation.Fixtures.with;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.fazhi.report.Report;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.Reconsideration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  /** Accepted 32 of 31 received (ERROR) and 701 disputes mediated of 700 found (WARNING). */
  static final Report ERROR_AND_WARNING =
      with(
          CaseStatistics.builder()
              .reconsideration(
                  Reconsideration.builder()
                      .received(Count.of(31))
                      .accepted(Count.of(32))
                      .section(S1)
                      .build())
              .mediation(
                  Mediation.builder()
                      .disputes(Count.of(700))
                      .mediated(Count.of(701))
                      .section(S1)
                      .build())
              .build());

  @Test
  void minimalValid_hasNoFinding() {
    ValidationResult result = VALIDATOR.validate(MINIMAL_VALID);
    assertThat(result.getFindings()).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(result).hasToString("no findings");
  }

  @Test
  void anEmptyReport_isValidWithWarnings() {
    Report empty =
        Report.builder()
            .metadata(
                METADATA
                    .withIssuers(List.of())
                    .withDocumentDate(Optional.empty())
                    .withPublicationDate(Optional.empty()))
            .build();
    ValidationResult result = VALIDATOR.validate(empty);
    assertThat(result.isValid()).isTrue();
    assertThat(ids(result.getFindings()))
        .containsExactly("metadata.issuers-missing", "metadata.document-date-missing");
  }

  @Test
  void validity_isDerivedFromActiveErrors() {
    ValidationResult result = VALIDATOR.validate(ERROR_AND_WARNING);
    assertThat(result.isValid()).isFalse();
    assertThat(ids(result.getErrors()))
        .containsExactly("reconsideration.accepted-exceeds-received");
    assertThat(ids(result.getWarnings())).containsExactly("mediation.mediated-exceeds-disputes");
    assertThat(result.getInfos()).isEmpty();
    assertThat(result.getActive()).hasSize(2);
    assertThat(result.getSuppressed()).isEmpty();
  }

  @Test
  void findings_areOrderedBySeverityThenByTheJsonFormThenByNumber() {
    Report report =
        ERROR_AND_WARNING
            .withMetadata(METADATA.withIssuers(List.of()))
            .withEmergencies(
                quake("11"),
                quake("3"),
                quake("3"),
                quake("3"),
                quake("3"),
                quake("3"),
                quake("3"),
                quake("3"),
                quake("3"),
                quake("3"),
                quake("12"));
    List<String> order =
        VALIDATOR.validate(report).getFindings().stream()
            .map(f -> f.getSeverity() + " " + f.getPointer())
            .collect(Collectors.toList());
    assertThat(order)
        .containsExactly(
            "ERROR /statistics/reconsideration/accepted",
            "ERROR /emergencies/0/magnitude",
            "ERROR /emergencies/10/magnitude",
            "WARNING /metadata/issuers",
            "WARNING /statistics/mediation/mediated");
  }

  private static Emergency quake(String magnitude) {
    return Emergency.builder()
        .kind(EmergencyKind.EARTHQUAKE)
        .magnitude(new BigDecimal(magnitude))
        .build();
  }

  @Test
  void toString_givesOneLinePerFinding() {
    assertThat(VALIDATOR.validate(ERROR_AND_WARNING).toString())
        .isEqualTo(
            "[ERROR] reconsideration.accepted-exceeds-received at /statistics/reconsideration/accepted:"
                + " 行政复议受理数(32)不得大于收到申请数(31)\n"
                + "[WARNING] mediation.mediated-exceeds-disputes at /statistics/mediation/mediated:"
                + " 人民调解数(701)大于排查受理的矛盾纠纷数(700)");
  }

  @Nested
  class Grouping {
    @Test
    void factsNamingTheSameMissingSection_areOneFinding() {
      Report report =
          MINIMAL_VALID.withIndicators(
              Indicator.builder()
                  .label("划转事项")
                  .quantity(q("237项"))
                  .section(SectionId.of(9))
                  .build(),
              Indicator.builder()
                  .label("审批事项")
                  .quantity(q("22000余件"))
                  .section(SectionId.of(9))
                  .build(),
              Indicator.builder()
                  .label("自助服务一体机")
                  .quantity(q("49台"))
                  .section(SectionId.of(8))
                  .build(),
              Indicator.builder()
                  .label("政务智能文件柜")
                  .quantity(q("5台"))
                  .section(SectionId.of(9))
                  .build());
      List<Finding> findings = VALIDATOR.validate(report).getFindings();
      assertThat(findings).hasSize(2);
      Finding s9 = findings.get(0);
      assertThat(s9.getPointer()).isEqualTo("/indicators/0/section");
      assertThat(s9.getValues()).containsEntry("section", new FindingValue.TextValue("s9"));
      assertThat(s9.getRepeats()).containsExactly("/indicators/1/section", "/indicators/3/section");
      assertThat(s9.getRepeatCount()).isEqualTo(2);
      assertThat(s9.getSection()).isEmpty();
      assertThat(s9.toString()).contains("at /indicators/0/section (+2 more): ");
      Finding s8 = findings.get(1);
      assertThat(s8.getPointer()).isEqualTo("/indicators/2/section");
      assertThat(s8.getRepeatCount()).isZero();
    }

    @Test
    void aTriplicatedIndicator_isOneFindingWithOneRepeat() {
      Indicator kiosks = Indicator.of("自助服务一体机", "49台");
      List<Finding> findings =
          VALIDATOR.validate(MINIMAL_VALID.withIndicators(kiosks, kiosks, kiosks)).getFindings();
      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).getPointer()).isEqualTo("/indicators/1");
      assertThat(findings.get(0).getRepeats()).containsExactly("/indicators/2");
    }

    @Test
    void repeats_areListedUpToTheCapAndCountedBeyondIt() {
      List<Indicator> indicators = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        indicators.add(
            Indicator.builder()
                .label("指标" + i)
                .quantity(q(i + "件"))
                .section(SectionId.of(7))
                .build());
      }
      Finding finding =
          VALIDATOR.validate(MINIMAL_VALID.withIndicators(indicators)).getFindings().get(0);
      assertThat(finding.getRepeatCount()).isEqualTo(29);
      assertThat(finding.getRepeats()).hasSize(Finding.MAX_REPEATS_LISTED);
      assertThat(finding.getRepeats().get(19)).isEqualTo("/indicators/20/section");
    }
  }

  @Nested
  class Suppressing {
    @Test
    void aSuppressedError_staysInTheResult_markedWithItsReason_andNoLongerCounts() {
      ReportValidator validator =
          ReportValidator.builder()
              .suppress(
                  "reconsideration.accepted-exceeds-received",
                  "/statistics/reconsideration/accepted",
                  "as published; confirmed with the issuer")
              .build();
      ValidationResult result = validator.validate(ERROR_AND_WARNING);
      assertThat(result.isValid()).isTrue();
      assertThat(result.getFindings()).hasSize(2);
      Finding suppressed = result.getSuppressed().get(0);
      assertThat(suppressed.getRuleId()).isEqualTo("reconsideration.accepted-exceeds-received");
      assertThat(suppressed.isSuppressed()).isTrue();
      assertThat(suppressed.getSuppression().orElseThrow().reason())
          .isEqualTo("as published; confirmed with the issuer");
      assertThat(suppressed.toString())
          .contains("(suppressed: as published; confirmed with the issuer)");
      assertThat(result.getErrors()).isEmpty();
      assertThat(ids(result.getActive())).containsExactly("mediation.mediated-exceeds-disputes");
    }

    @Test
    void closedAboveAccepted_withCarriedOverUnstated_isAnError_thatTheReasonCanSuppress() {
      Report report =
          with(
              CaseStatistics.builder()
                  .legalAid(LegalAid.builder().accepted(Count.of(95)).closed(Count.of(98)).build())
                  .build());
      ValidationResult plain = VALIDATOR.validate(report);
      assertThat(plain.isValid()).isFalse();
      assertThat(ids(plain.getErrors()))
          .containsExactly("legal-aid.closed-exceeds-accepted-and-carried-over");
      assertThat(plain.getErrors().get(0).getMessage())
          .isEqualTo("法律援助办结数(98)不得大于受理数(95)与上年结转数(0)之和");
      ValidationResult acknowledged =
          ReportValidator.builder()
              .suppress(
                  "legal-aid.closed-exceeds-accepted-and-carried-over",
                  "/statistics/legalAid/closed",
                  "the issuer confirms 3 cases carried over from 2023")
              .build()
              .validate(report);
      assertThat(acknowledged.isValid()).isTrue();
      assertThat(acknowledged.getSuppressed().get(0).getSuppression().orElseThrow().reason())
          .isEqualTo("the issuer confirms 3 cases carried over from 2023");
    }

    @Test
    void patterns_matchOneSegmentWithStar_andAnyTailWithDoubleStar() {
      Suppression star =
          Suppression.of(
              Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED, "/statistics/*/accepted", "r");
      assertThat(
              star.matches(
                  Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED,
                  "/statistics/reconsideration/accepted"))
          .isTrue();
      assertThat(
              star.matches(
                  Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED,
                  "/statistics/reconsideration/closed"))
          .isFalse();
      assertThat(
              star.matches(
                  Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER,
                  "/statistics/reconsideration/accepted"))
          .isFalse();
      Suppression tail =
          Suppression.of(Rule.EMERGENCY_MAGNITUDE_OUT_OF_RANGE, "/emergencies/**", "r");
      assertThat(tail.matches(Rule.EMERGENCY_MAGNITUDE_OUT_OF_RANGE, "/emergencies/3/magnitude"))
          .isTrue();
      assertThat(tail.matches(Rule.EMERGENCY_MAGNITUDE_OUT_OF_RANGE, "/indicators/3")).isFalse();
      Suppression everything = Suppression.of(Rule.EMERGENCY_MAGNITUDE_OUT_OF_RANGE, "/**", "r");
      assertThat(
              everything.matches(Rule.EMERGENCY_MAGNITUDE_OUT_OF_RANGE, "/emergencies/0/magnitude"))
          .isTrue();
      Suppression exact = Suppression.of(Rule.METADATA_ISSUERS_MISSING, "/metadata/issuers", "r");
      assertThat(exact.matches(Rule.METADATA_ISSUERS_MISSING, "/metadata/issuers")).isTrue();
      assertThat(exact.matches(Rule.METADATA_ISSUERS_MISSING, "/metadata/issuers/0")).isFalse();
    }

    @Test
    void aSuppressionThatMatchesNothing_changesNothing() {
      ValidationResult result =
          ReportValidator.builder()
              .suppress(
                  "reconsideration.accepted-exceeds-received", "/statistics/litigation/*", "r")
              .build()
              .validate(ERROR_AND_WARNING);
      assertThat(result.getSuppressed()).isEmpty();
      assertThat(result.isValid()).isFalse();
    }

    @Test
    void badSuppressions_areRejected() {
      assertThatThrownBy(() -> Suppression.of("no.such-rule", "/**", "r"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no rule has the id \"no.such-rule\"");
      assertThatThrownBy(
              () -> Suppression.of(Rule.METADATA_ISSUERS_MISSING, "/metadata/issuers", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a suppression needs a reason (metadata.issuers-missing)");
      assertThatThrownBy(() -> Suppression.of(Rule.METADATA_ISSUERS_MISSING, "metadata", "r"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a pointer pattern is empty or starts with /: \"metadata\"");
      assertThatThrownBy(() -> Suppression.of(Rule.METADATA_ISSUERS_MISSING, "/**/issuers", "r"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "** may only stand as the last segment of a pointer pattern: \"/**/issuers\"");
    }
  }

  @Nested
  class Locales {
    @Test
    void theValidatorsLocale_isTheMessagesDefault() {
      ValidationResult english =
          ReportValidator.builder().locale(Locale.ENGLISH).build().validate(ERROR_AND_WARNING);
      assertThat(english.getErrors().get(0).getMessage())
          .isEqualTo("Reconsideration: accepted (32) cannot exceed received (31).");
      assertThat(english.getErrors().get(0).getMessage(Locale.CHINA))
          .isEqualTo("行政复议受理数(32)不得大于收到申请数(31)");
    }

    @Test
    void anotherChineseOrEnglishLocale_getsItsLanguage_whateverTheJvmDefault() {
      Locale saved = Locale.getDefault();
      try {
        Locale.setDefault(Locale.FRANCE);
        Finding finding = VALIDATOR.validate(ERROR_AND_WARNING).getErrors().get(0);
        assertThat(finding.getMessage(Locale.TRADITIONAL_CHINESE))
            .isEqualTo("行政复议受理数(32)不得大于收到申请数(31)");
        assertThat(finding.getMessage(Locale.UK))
            .isEqualTo("Reconsideration: accepted (32) cannot exceed received (31).");
      } finally {
        Locale.setDefault(saved);
      }
    }

    @Test
    void aLocaleWithoutBundle_getsTheJvmDefaultsLanguage_elseChinese() {
      Locale saved = Locale.getDefault();
      try {
        Finding finding = VALIDATOR.validate(ERROR_AND_WARNING).getErrors().get(0);
        Locale.setDefault(Locale.US);
        assertThat(finding.getMessage(Locale.FRENCH))
            .isEqualTo("Reconsideration: accepted (32) cannot exceed received (31).");
        Locale.setDefault(Locale.GERMANY);
        assertThat(finding.getMessage(Locale.FRENCH)).isEqualTo("行政复议受理数(32)不得大于收到申请数(31)");
      } finally {
        Locale.setDefault(saved);
      }
    }

    @Test
    void everyRuleHasAMessageInEveryBundle() {
      for (String suffix : List.of("", "_zh", "_en")) {
        java.util.Properties bundle = new java.util.Properties();
        try (var in =
            getClass()
                .getResourceAsStream("/ContributorValidationMessages" + suffix + ".properties")) {
          bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        for (Rule rule : Rule.values()) {
          assertThat(bundle.getProperty(rule.messageKey())).as(suffix + " " + rule).isNotBlank();
        }
        assertThat(bundle.stringPropertyNames())
            .allMatch(
                key ->
                    key.equals("org.fazhi.report.validation.rules")
                        || key.startsWith("org.fazhi.report.validation.problem.")
                        || Rule.byId(key.substring(Rule.MESSAGE_KEY_PREFIX.length())).isPresent());
      }
    }
  }

  @Test
  void oneValidator_servesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        Report report = i % 2 == 0 ? ERROR_AND_WARNING : MINIMAL_VALID;
        results.add(pool.submit(() -> VALIDATOR.validate(report).toString()));
      }
      String expectedError = VALIDATOR.validate(ERROR_AND_WARNING).toString();
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? expectedError : "no findings");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void findingOfAForeignViolation_isEmpty() {
    jakarta.validation.Validator plain =
        jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(
                new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    class Bean {
      @jakarta.validation.constraints.NotNull String name;
    }
    var violation = plain.validate(new Bean()).iterator().next();
    assertThat(Finding.of(violation)).isEmpty();
  }

  static org.fazhi.report.figure.Quantity q(String text) {
    return org.fazhi.report.figure.Quantity.parse(text);
  }

  static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::getRuleId).collect(Collectors.toList());
  }
}
