package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.fazhi.report.facts.StatedChange;
import org.fazhi.report.figure.ChangeBase;
import org.fazhi.report.figure.ChangeDirection;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.text.Sentences.Read;
import org.fazhi.report.text.TextFigure.Placement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeReaderTest {
  private final Placements placements = new Placements();
  private final ChangeReader reader = new ChangeReader(placements, 2024);

  /** Reads the changes of the last of {@code texts}, before its figures are placed. */
  private Read find(String... texts) {
    Read read = Sentences.read(texts);
    reader.find(read.sentence());
    return read;
  }

  /** Places figure {@code index} as the figure placer would have. */
  private void place(Read read, int index, String target) {
    placements.record(read.sentence(), index, Placement.BLOCK, target, null);
  }

  private void attach(Read read) {
    reader.attach(read.sentence(), read.topics(), read.primary());
  }

  private Optional<TextFigure> placement(Read read, int index) {
    return placements.placement(read.sentence(), index);
  }

  @Nested
  class ToTheFigureBefore {
    @Test
    void aChangeAfterAFigure_claimsItsAmount_andIsTheFiguresStatedChange() {
      Read read = find("全年共收到行政复议申请35件，同比增长12.5%。");
      assertThat(read.sentence().claimed).containsExactly(false, true);
      place(read, 0, "/statistics/reconsideration/received");
      attach(read);
      assertThat(reader.changes)
          .singleElement()
          .satisfies(
              stated -> {
                assertThat(stated.getConcept().id()).isEqualTo("reconsideration.received");
                assertThat(stated.getChange().getDirection()).isEqualTo(ChangeDirection.INCREASE);
                assertThat(stated.getChange().getBase())
                    .isEqualTo(ChangeBase.SAME_PERIOD_PREVIOUS_YEAR);
                assertThat(stated.getChange()).hasToString("同比增长12.5%");
              });
      assertThat(placement(read, 1))
          .hasValueSatisfying(
              amount -> {
                assertThat(amount.getPlacement()).isEqualTo(Placement.CHANGE);
                assertThat(amount.getTarget()).contains("/changes/0/change/amount");
              });
    }

    @Test
    void aChangeOfAnIndicator_isSetOnTheIndicator() {
      Read read = find("开展普法活动36场，较上年增加5场。");
      Indicators.add(
          read.sentence(), 0, placements, Optional.empty(), Optional.empty(), Optional.empty());
      attach(read);
      assertThat(reader.changes).isEmpty();
      Indicator indicator = placements.indicators.get(0);
      assertThat(indicator.getChange())
          .hasValueSatisfying(
              change -> {
                assertThat(change.getBase()).isEqualTo(ChangeBase.PREVIOUS_YEAR);
                assertThat(change).hasToString("较上年增加5场");
              });
      assertThat(placement(read, 1).flatMap(TextFigure::getTarget))
          .contains("/indicators/0/change/amount");
    }

    @Test
    void aChangeWithoutAmount_isStatedForTheFigureBefore() {
      Read read = find("受理行政复议案件35件，同比有所下降。");
      place(read, 0, "/statistics/reconsideration/accepted");
      attach(read);
      assertThat(reader.changes)
          .singleElement()
          .satisfies(
              stated -> {
                assertThat(stated.getConcept().id()).isEqualTo("reconsideration.accepted");
                assertThat(stated.getChange().getDirection()).isEqualTo(ChangeDirection.DECREASE);
                assertThat(stated.getChange().getAmount()).isEmpty();
              });
    }

    @Test
    void unchanged_isAChangeToo() {
      Read read = find("受理行政复议案件35件，同比持平。");
      place(read, 0, "/statistics/reconsideration/accepted");
      attach(read);
      assertThat(reader.changes)
          .singleElement()
          .extracting(stated -> stated.getChange().getDirection())
          .isEqualTo(ChangeDirection.UNCHANGED);
    }

    @Test
    void aFigureChangesOnlyOnce_aSecondChangeIsUnplaced() {
      Read read = find("受理行政复议案件35件，同比增长5%、较上年增长6%。");
      place(read, 0, "/statistics/reconsideration/accepted");
      attach(read);
      assertThat(reader.changes)
          .singleElement()
          .extracting(c -> c.getChange().toString())
          .isEqualTo("同比增长5%");
      assertThat(placement(read, 2))
          .hasValueSatisfying(
              f -> {
                assertThat(f.getPlacement()).isEqualTo(Placement.UNPLACED);
                assertThat(f.getReason())
                    .hasValueSatisfying(r -> assertThat(r).startsWith("a change (较上年增长6%)"));
              });
    }
  }

  @Nested
  class Respectively {
    @Test
    void 分别_pairsEachAmountWithThePlacedFigureInItsPosition() {
      Read read = find("受理行政复议案件70件、行政诉讼案件30件，分别同比下降8.6%和14.8%。");
      assertThat(read.sentence().claimed).containsExactly(false, false, true, true);
      place(read, 0, "/statistics/reconsideration/accepted");
      place(read, 1, "/statistics/litigation/cases");
      attach(read);
      assertThat(reader.changes)
          .extracting(c -> c.getConcept().id() + " " + c.getChange())
          .containsExactly("reconsideration.accepted 同比下降8.6%", "litigation.cases 同比下降14.8%");
      assertThat(placement(read, 2).flatMap(TextFigure::getTarget))
          .contains("/changes/0/change/amount");
      assertThat(placement(read, 3).flatMap(TextFigure::getTarget))
          .contains("/changes/1/change/amount");
    }

    @Test
    void 分别_withoutAPlacedFigureForEachAmount_leavesTheAmountsUnplaced() {
      Read read = find("受理行政复议案件70件，分别同比下降8.6%和14.8%。");
      place(read, 0, "/statistics/reconsideration/accepted");
      attach(read);
      assertThat(reader.changes).isEmpty();
      assertThat(placement(read, 1))
          .hasValueSatisfying(
              f -> {
                assertThat(f.getPlacement()).isEqualTo(Placement.UNPLACED);
                assertThat(f.getReason())
                    .contains("a change paired by 分别 with no figure in its position");
              });
      assertThat(placement(read, 2).map(TextFigure::getPlacement)).contains(Placement.UNPLACED);
    }
  }

  @Nested
  class NoChange {
    @Test
    void 提高至_statesTheNewValue_notAChange() {
      Read read = find("群众满意度提高至98%。");
      assertThat(read.sentence().claimed).containsExactly(false);
      attach(read);
      assertThat(reader.changes).isEmpty();
      assertThat(placement(read, 0)).isEmpty();
    }

    @Test
    void aDirectionWordWithoutBaseOrAmount_isNoChange() {
      Read read = find("受理行政复议案件35件，提高了办案质量。");
      place(read, 0, "/statistics/reconsideration/accepted");
      attach(read);
      assertThat(reader.changes).isEmpty();
    }

    @Test
    void aDirectionWithAnAmountButNoFigureBefore_isAFigureOfItsOwn() {
      Read read = find("乡镇平均减少32项。");
      assertThat(read.sentence().claimed).containsExactly(false);
      attach(read);
      assertThat(reader.changes).isEmpty();
      assertThat(placement(read, 0)).isEmpty();
    }
  }

  @Nested
  class ToAField {
    @Test
    void aChangeWhoseClauseNamesItsField_isThatFieldsStatedChange_notTheFigureBefore() {
      Read read = find("全年办理法律援助案件391件，法律援助案件受理量同比增长12.6%。");
      place(read, 0, "/statistics/legalAid/handled");
      attach(read);
      assertThat(reader.changes)
          .singleElement()
          .satisfies(
              stated -> {
                assertThat(stated.getConcept().id()).isEqualTo("legal-aid.accepted");
                assertThat(stated.getChange()).hasToString("同比增长12.6%");
              });
      assertThat(placement(read, 1).flatMap(TextFigure::getTarget))
          .contains("/changes/0/change/amount");
    }

    @Test
    void aChangeWithoutAFigureBefore_isTheChangeOfTheFieldItsWordsName() {
      Read read = find("行政复议纠错率同比下降2.1个百分点。");
      attach(read);
      assertThat(reader.changes)
          .singleElement()
          .satisfies(
              stated -> {
                assertThat(stated.getConcept().id()).isEqualTo("reconsideration.correction-rate");
                assertThat(stated.getChange().getDirection()).isEqualTo(ChangeDirection.DECREASE);
              });
    }

    @Test
    void aChangeOfNothingNamed_leavesItsAmountUnplaced_withTheReason() {
      Read read = find("同比增长12.5%。");
      attach(read);
      assertThat(reader.changes).isEmpty();
      assertThat(placement(read, 0))
          .hasValueSatisfying(
              f -> {
                assertThat(f.getPlacement()).isEqualTo(Placement.UNPLACED);
                assertThat(f.getReason())
                    .contains("a change (同比增长12.5%) with no figure or field it changes");
              });
    }
  }

  @ParameterizedTest(name = "\"{0}\" opens with a change: {1}")
  @CsvSource({
    "同比下降8.6%和14.8%, true",
    "较上年增加,          true",
    "有所增加,            true",
    "下降,               true",
    "下降了,             true",
    "提高群众满意度,       false",
    "为,                 false",
    "分别为,              false",
  })
  void startsWithChange(String words, boolean change) {
    assertThat(ChangeReader.startsWithChange(words)).isEqualTo(change);
  }

  @Nested
  class InTheImport {
    private TextImport imported(String text) {
      return ReportText.parseExcerpt(text, ExcerptContext.none().withYear(2024));
    }

    @Test
    void 同比增长_attachesToTheFigureBefore() {
      TextImport imported = imported("全年共收到行政复议申请35件，同比增长12.5%。");
      assertThat(imported.getReport().getChanges())
          .extracting(StatedChange::getChange)
          .extracting(Object::toString)
          .containsExactly("同比增长12.5%");
      assertThat(imported.getFigures())
          .extracting(TextFigure::getPlacement)
          .containsExactly(Placement.BLOCK, Placement.CHANGE);
    }

    @Test
    void everyDirectionWord_isRead() {
      TextImport imported = imported("行政诉讼败诉率为5.2%，较上年回落1.3个百分点。");
      assertThat(imported.getReport().getChanges())
          .singleElement()
          .satisfies(
              stated -> {
                assertThat(stated.getConcept().id()).isEqualTo("litigation.loss-rate");
                assertThat(stated.getChange().getDirection()).isEqualTo(ChangeDirection.DECREASE);
                assertThat(stated.getChange().getBase()).isEqualTo(ChangeBase.PREVIOUS_YEAR);
              });
    }

    @Test
    void aBaseWordSeparatedFromItsDirection_isStillItsBase() {
      TextImport imported = imported("受理行政复议案件35件，较上年同期，有所增加。");
      assertThat(imported.getReport().getChanges())
          .singleElement()
          .extracting(stated -> stated.getChange().getBase())
          .isEqualTo(ChangeBase.SAME_PERIOD_PREVIOUS_YEAR);
    }
  }

  @org.junit.jupiter.api.Nested
  class BaseYearsWrittenOut {
    private TextImport excerpt(String text) {
      return ReportText.parseExcerpt(text, ExcerptContext.none().withYear(2024));
    }

    @Test
    void theYearBefore_isThePreviousYear() {
      TextImport imported = excerpt("行政诉讼案件一审败诉率为7.8%，较2023年下降2.1个百分点。");
      assertThat(imported.getReport().getChanges())
          .singleElement()
          .satisfies(c -> assertThat(c.getChange().toString()).isEqualTo("较上年降低2.1个百分点"));
      assertThat(imported.getUnplacedFigures()).isEmpty();
    }

    @Test
    void anotherYear_isNoBaseTheModelHolds_soNoChangeIsRead() {
      TextImport imported = excerpt("全年受理行政复议案件120件，较2020年增长30%。");
      assertThat(imported.getReport().getChanges()).isEmpty();
      assertThat(imported.getFigures())
          .noneMatch(f -> f.getPlacement() == TextFigure.Placement.CHANGE);
    }

    @Test
    void anUnknownRateAfterAKnownOne_isNotTheKnownOneAgain() {
      TextImport imported = excerpt("审结行政复议案件2812件，综合纠错率为12.6%，调解和解率达到35.2%。");
      assertThat(imported.getUnplacedFigures()).isEmpty();
      assertThat(imported.getReport().getIndicators())
          .singleElement()
          .satisfies(i -> assertThat(i.getLabel()).isEqualTo("调解和解率"));
    }

    @Test
    void 转送_isATransfer() {
      TextImport imported = excerpt("收到行政复议申请3426件，告知向有权机关申请或转送246件。");
      assertThat(imported.getUnplacedFigures()).isEmpty();
      assertThat(imported.getFigures())
          .anySatisfy(
              f ->
                  assertThat(f.getTarget())
                      .hasValue("/statistics/reconsideration/outcomes/TRANSFERRED"));
    }
  }
}
