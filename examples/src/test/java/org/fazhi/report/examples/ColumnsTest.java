package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {

  @Test
  void width_countsIdeographsAndChinesePunctuationAsTwoColumns() {
    assertThat(Columns.width("s1.6.1")).isEqualTo(6);
    assertThat(Columns.width("行政复议")).isEqualTo(8);
    assertThat(Columns.width("一、")).isEqualTo(4);
    assertThat(Columns.width("《》〔〕")).isEqualTo(8);
    assertThat(Columns.width("\uFF08\uFF09")).isEqualTo(4);
    assertThat(Columns.width("(一)")).isEqualTo(4);
    assertThat(Columns.width("700余件")).isEqualTo(7);
  }

  @Test
  void fit_keepsTextThatFits() {
    assertThat(Columns.fit("一是优化政策保障", 16)).isEqualTo("一是优化政策保障");
  }

  @Test
  void fit_cutsTextThatDoesNot_endingWithAnEllipsis() {
    assertThat(Columns.fit("一是优化政策保障", 15)).isEqualTo("一是优化政策保…");
    assertThat(Columns.fit("一是优化政策保障", 14)).isEqualTo("一是优化政策…");
    assertThat(Columns.width(Columns.fit("一是优化政策保障", 15))).isLessThanOrEqualTo(15);
    assertThat(Columns.fit("abcdef", 4)).isEqualTo("abc…");
  }
}
