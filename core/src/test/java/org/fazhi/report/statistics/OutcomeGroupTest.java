package org.fazhi.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.fazhi.report.statistics.ReconsiderationDecision.CHANGED;
import static org.fazhi.report.statistics.ReconsiderationDecision.CONFIRMED_UNLAWFUL;
import static org.fazhi.report.statistics.ReconsiderationDecision.MEDIATED;
import static org.fazhi.report.statistics.ReconsiderationDecision.REVOKED;
import static org.fazhi.report.statistics.ReconsiderationDecision.SETTLED;
import static org.fazhi.report.statistics.ReconsiderationDecision.UPHELD;
import static org.fazhi.report.statistics.ReconsiderationDecision.WITHDRAWN;

import java.util.Arrays;
import java.util.stream.Stream;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.figure.Count;
import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OutcomeGroupTest {
  /** 作出撤销、变更、确认违法等纠错决定14件. */
  private static final OutcomeGroup CORRECTIONS =
      OutcomeGroup.builder()
          .addKinds(REVOKED, CHANGED, CONFIRMED_UNLAWFUL)
          .open(true)
          .label("纠错决定")
          .count(Count.of(14))
          .build();

  // ---- builder()

  @Test
  void builder_keepsTheGroupAsWritten_kindsInTheLawsOrder() {
    assertThat(CORRECTIONS.getKinds()).containsExactly(CHANGED, REVOKED, CONFIRMED_UNLAWFUL);
    assertThat(CORRECTIONS.isOpen()).isTrue();
    assertThat(CORRECTIONS.getLabel()).contains("纠错决定");
    assertThat(CORRECTIONS.getCount()).isEqualTo(Count.of(14));
  }

  @Test
  void builder_aListIsClosedUnlessTheReportSaysOtherwise() {
    OutcomeGroup group =
        OutcomeGroup.builder().addKinds(MEDIATED, WITHDRAWN).count(Count.of(26)).build();
    assertThat(group.isOpen()).isFalse();
    assertThat(group.getLabel()).isEmpty();
  }

  @Test
  void builder_acceptsAnOpenListOfOneKind() {
    assertThat(
            OutcomeGroup.builder()
                .addKinds(REVOKED)
                .open(true)
                .count(Count.of(3))
                .build()
                .getKinds())
        .containsExactly(REVOKED);
  }

  // ---- invariants

  @Test
  void builder_rejectsAClosedListOfOneKind() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OutcomeGroup.builder().addKinds(REVOKED).count(Count.of(3)).build())
        .withMessage(
            "a closed outcome group lists at least two kinds (one kind is an outcome): [REVOKED]");
  }

  @Test
  void builder_rejectsAnOpenListOfNoKind() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OutcomeGroup.builder().open(true).count(Count.of(3)).build())
        .withMessage("an outcome group lists at least one kind");
  }

  static Stream<ReconsiderationDecision> beforeAcceptance() {
    return Arrays.stream(ReconsiderationDecision.values())
        .filter(ReconsiderationDecision::isBeforeAcceptance);
  }

  @ParameterizedTest
  @MethodSource("beforeAcceptance")
  void builder_rejectsAKindDealtWithBeforeAcceptance(ReconsiderationDecision kind) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> OutcomeGroup.builder().addKinds(MEDIATED, kind).count(Count.of(11)).build())
        .withMessage(
            "an outcome group holds outcomes of accepted cases, not what happens before"
                + " acceptance (RESOLVED_BEFORE_ACCEPTANCE, TRANSFERRED): [MEDIATED, "
                + kind
                + "]");
  }

  @Test
  void builder_rejectsABlankLabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                OutcomeGroup.builder()
                    .addKinds(MEDIATED, SETTLED)
                    .label("")
                    .count(Count.of(3))
                    .build())
        .withMessage("must not be blank (label)");
  }

  // ---- isCorrective()

  @Test
  void isCorrective_whenEveryListedKindCorrectsTheAct() {
    assertThat(CORRECTIONS.isCorrective()).isTrue();
    assertThat(
            OutcomeGroup.builder()
                .addKinds(REVOKED)
                .open(true)
                .count(Count.of(3))
                .build()
                .isCorrective())
        .isTrue();
  }

  @Test
  void isCorrective_notWhenAnyListedKindUpholdsOrSettles() {
    assertThat(
            OutcomeGroup.builder()
                .addKinds(REVOKED, UPHELD)
                .count(Count.of(20))
                .build()
                .isCorrective())
        .isFalse();
    assertThat(
            OutcomeGroup.builder()
                .addKinds(MEDIATED, SETTLED, WITHDRAWN)
                .count(Count.of(26))
                .build()
                .isCorrective())
        .isFalse();
  }

  // ---- JSON

  @Test
  void json_writesTheGroupAsWritten_notWhatFollowsFromIt() {
    String json =
        ReportJson.create()
            .write(
                ReportFixtures.MINIMAL.withStatistics(
                    CaseStatistics.builder()
                        .reconsideration(
                            Reconsideration.builder().addOutcomeGroups(CORRECTIONS).build())
                        .build()));
    JsonNode group =
        JsonMapper.builder()
            .build()
            .readTree(json)
            .at("/statistics/reconsideration/outcomeGroups/0");
    assertThat(group.toString())
        .isEqualTo(
            "{\"kinds\":[\"CHANGED\",\"REVOKED\",\"CONFIRMED_UNLAWFUL\"],\"open\":true,"
                + "\"label\":\"纠错决定\",\"count\":14}");
    assertThat(ReportJson.create().read(json).getStatistics().getReconsideration())
        .map(r -> r.getOutcomeGroups().get(0))
        .contains(CORRECTIONS);
  }
}
