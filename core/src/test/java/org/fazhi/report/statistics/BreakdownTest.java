package org.fazhi.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BreakdownTest {
  private static final BreakdownItem COUNTY = BreakdownItem.of("县政府", Count.of(12));

  // ---- builder()

  @Test
  void builder_keepsWhatTheReportSays() {
    Breakdown breakdown =
        Breakdown.builder()
            .dimension(BreakdownDimension.RESPONDENT)
            .of(CaseStage.ACCEPTED)
            .total(Count.of(86))
            .addItems(COUNTY, BreakdownItem.of("县直部门", Count.of(58)))
            .complete(true)
            .build();
    assertThat(breakdown.getDimension()).isEqualTo(BreakdownDimension.RESPONDENT);
    assertThat(breakdown.getLabel()).isEmpty();
    assertThat(breakdown.getOf()).contains(CaseStage.ACCEPTED);
    assertThat(breakdown.getTotal()).contains(Count.of(86));
    assertThat(breakdown.getItems())
        .containsExactly(COUNTY, BreakdownItem.of("县直部门", Count.of(58)));
    assertThat(breakdown.isComplete()).isTrue();
  }

  @Test
  void builder_itemsAreNotCompleteUnlessTheReportSaysSo() {
    Breakdown breakdown =
        Breakdown.builder().dimension(BreakdownDimension.CASE_TYPE).addItems(COUNTY).build();
    assertThat(breakdown.isComplete()).isFalse();
    assertThat(breakdown.getOf()).isEmpty();
    assertThat(breakdown.getTotal()).isEmpty();
  }

  @Test
  void builder_holdsItemsThatAddUpToMoreThanTheTotal() {
    Breakdown breakdown =
        Breakdown.builder()
            .dimension(BreakdownDimension.FIELD)
            .total(Count.of(10))
            .addItems(
                BreakdownItem.of("市场监管", Count.of(8)), BreakdownItem.ofShare("自然资源", Rate.of("60")))
            .complete(true)
            .build();
    assertThat(breakdown.getItems()).hasSize(2);
  }

  // ---- invariants

  @Test
  void builder_rejectsABreakdownWithoutItems() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Breakdown.builder().dimension(BreakdownDimension.REGION).build())
        .withMessage("a breakdown has at least one item");
  }

  @Test
  void builder_rejectsAnotherDimensionWithoutLabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Breakdown.builder().dimension(BreakdownDimension.OTHER).addItems(COUNTY).build())
        .withMessage("a breakdown by another dimension (OTHER) says which in its label");
  }

  @Test
  void builder_acceptsAnotherDimensionWithItsLabel() {
    Breakdown breakdown =
        Breakdown.builder()
            .dimension(BreakdownDimension.OTHER)
            .label("从申请事项看")
            .addItems(COUNTY)
            .build();
    assertThat(breakdown.getLabel()).contains("从申请事项看");
  }

  @ParameterizedTest
  @EnumSource(value = BreakdownDimension.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void builder_acceptsANamedDimensionWithOrWithoutLabel(BreakdownDimension dimension) {
    assertThat(Breakdown.builder().dimension(dimension).addItems(COUNTY).build().getLabel())
        .isEmpty();
    assertThat(
            Breakdown.builder()
                .dimension(dimension)
                .label("从" + dimension.chineseName() + "看")
                .addItems(COUNTY)
                .build()
                .getLabel())
        .contains("从" + dimension.chineseName() + "看");
  }

  @Test
  void builder_rejectsABlankLabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Breakdown.builder()
                    .dimension(BreakdownDimension.OTHER)
                    .label(" ")
                    .addItems(COUNTY)
                    .build())
        .withMessage("must not be blank (label)");
  }

  // ---- BreakdownDimension

  @Test
  void dimension_namesAreTheWordsReportsUse() {
    assertThat(BreakdownDimension.RESPONDENT.chineseName()).isEqualTo("被申请人");
    assertThat(BreakdownDimension.CASE_TYPE.chineseName()).isEqualTo("案件类型");
    assertThat(BreakdownDimension.FIELD.chineseName()).isEqualTo("领域");
    assertThat(BreakdownDimension.REGION.chineseName()).isEqualTo("地区");
    assertThat(BreakdownDimension.OTHER.chineseName()).isEqualTo("其他");
  }
}
