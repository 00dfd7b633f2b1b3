package org.fazhi.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.junit.jupiter.api.Test;

class BreakdownItemTest {

  // ---- of(String, Count), ofShare(String, Rate), builder()

  @Test
  void of_isAnItemWithACount() {
    BreakdownItem item = BreakdownItem.of("县直部门", Count.of(58));
    assertThat(item.getLabel()).isEqualTo("县直部门");
    assertThat(item.getCount()).contains(Count.of(58));
    assertThat(item.getShare()).isEmpty();
  }

  @Test
  void ofShare_isAnItemWithAShare() {
    BreakdownItem item = BreakdownItem.ofShare("行政处罚类", Rate.of("38.4"));
    assertThat(item.getLabel()).isEqualTo("行政处罚类");
    assertThat(item.getCount()).isEmpty();
    assertThat(item.getShare()).contains(Rate.of("38.4"));
  }

  @Test
  void builder_keepsACountAndAShare() {
    BreakdownItem item =
        BreakdownItem.builder()
            .label("信息公开类")
            .count(Count.of(30, Approximation.MORE_THAN))
            .share(Rate.of("21.2"))
            .build();
    assertThat(item.getCount()).contains(Count.of(30, Approximation.MORE_THAN));
    assertThat(item.getShare()).contains(Rate.of("21.2"));
  }

  @Test
  void builder_keepsAScaledCount() {
    assertThat(BreakdownItem.of("全省", Count.parse("1.2万余")).getCount())
        .contains(Count.parse("1.2万余"));
  }

  // ---- invariants

  @Test
  void builder_rejectsAnItemWithNeitherCountNorShare() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BreakdownItem.builder().label("乡镇").build())
        .withMessage("a breakdown item has a count, a share or both: 乡镇");
  }

  @Test
  void builder_rejectsABlankLabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BreakdownItem.of("\u3000", Count.of(1)))
        .withMessage("must not be blank (label)");
  }
}
