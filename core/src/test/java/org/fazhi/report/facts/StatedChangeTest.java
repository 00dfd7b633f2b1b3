package org.fazhi.report.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.fazhi.report.figure.Change;
import org.fazhi.report.outline.SectionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatedChangeTest {

  // ---- of(Concept, Change), builder()

  @Test
  void of_isTheChangeOfTheFigureOfTheConcept() {
    StatedChange change =
        StatedChange.of(Concept.of("reconsideration.received"), Change.parse("同比增长12.5%"));
    assertThat(change.getConcept()).isEqualTo(Concept.of("reconsideration.received"));
    assertThat(change.getChange()).isEqualTo(Change.parse("同比增长12.5%"));
    assertThat(change.getSection()).isEmpty();
  }

  @Test
  void builder_keepsTheSection() {
    StatedChange change =
        StatedChange.builder()
            .concept(Concept.of("litigation.win-rate"))
            .change(Change.parse("提高2.5个百分点"))
            .section(SectionId.parse("s1.3.1"))
            .build();
    assertThat(change.getSection()).contains(SectionId.parse("s1.3.1"));
  }

  // ---- invariants

  @ParameterizedTest
  @ValueSource(
      strings = {
        "indicator",
        "series.point",
        "reconsideration.breakdown.item",
        "reconsideration.outcome-group",
        "duty-list.item-count"
      })
  void of_rejectsAConceptOfManyFigures(String id) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StatedChange.of(Concept.of(id), Change.parse("同比增长12.5%")))
        .withMessage(
            "a stated change names a concept of one figure, not "
                + id
                + " (an indicator carries its own change)");
  }
}
