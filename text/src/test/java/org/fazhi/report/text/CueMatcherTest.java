package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.fazhi.report.text.CueMatcher.Match;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.Cues.Field;
import org.fazhi.report.text.FigureScanner.Figure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueMatcherTest {

  /**
   * Matches the figure written {@code figure} between {@code before} and {@code after}, as the
   * placer does with a figure's window.
   */
  private static Match match(Block block, String before, String figure, String after) {
    String text = before + figure + after;
    Figure f = figureAt(text, before.length());
    return CueMatcher.match(f, before, after, Cues.rule(block), text, 0, f.end());
  }

  private static Figure figureAt(String text, int start) {
    return FigureScanner.scan(text).figures().stream()
        .filter(f -> f.start() == start)
        .findFirst()
        .orElseThrow();
  }

  private static Figure figure(String written) {
    return figureAt(written, 0);
  }

  private static String field(Block block, String before, String figure, String after) {
    Match match = match(block, before, figure, after);
    return match == null ? null : match.field().name();
  }

  private static Field<?> named(Block block, String name) {
    return Cues.rule(block).fields().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Nested
  class NearestCue {
    @Test
    void theCueEndingNearestTheFigure_namesIt() {
      assertThat(field(Block.RECONSIDERATION, "受理行政复议案件，办结", "30件", "")).isEqualTo("closed");
      assertThat(field(Block.RECONSIDERATION, "办结行政复议案件，受理", "30件", "")).isEqualTo("accepted");
    }

    @Test
    void onEqualDistance_theLongerCueWins() {
      // 撤回 (withdrawn) and 和解后撤回 (settled and withdrawn) both end right before the figure
      Match match = match(Block.RECONSIDERATION, "和解后撤回", "5件", "");
      assertThat(match.field().name()).isEqualTo("outcomes/SETTLED_AND_WITHDRAWN");
      assertThat(match.cue()).isEqualTo("和解后撤回");
      // 申请 (received) and 驳回复议申请 (application rejected)
      assertThat(field(Block.RECONSIDERATION, "驳回复议申请", "5件", ""))
          .isEqualTo("outcomes/APPLICATION_REJECTED");
    }

    @Test
    void aMatchByCue_saysSo_andNamesTheCue() {
      Match match = match(Block.RECONSIDERATION, "上年结转", "3件", "");
      assertThat(match.byCue()).isTrue();
      assertThat(match.cue()).isEqualTo("上年结转");
      assertThat(match.field().name()).isEqualTo("carriedOver");
      assertThat(match.rule().block()).isEqualTo(Block.RECONSIDERATION);
    }

    @Test
    void aCueInsideALongerTopicWordOfTheBlock_namesNothing() {
      // 服务 is a cue of services, but here it is part of 公共法律服务
      Match match = match(Block.PUBLIC_LEGAL_SERVICES, "公共法律服务", "35件", "");
      assertThat(match.byCue()).isFalse();
      assertThat(match(Block.PUBLIC_LEGAL_SERVICES, "提供公共法律服务", "35件", "").cue()).isEqualTo("提供");
    }
  }

  @Nested
  class Sides {
    @Test
    void aCueThatStandsBeforeItsNumber_doesNotNameTheNumberBeforeIt() {
      assertThat(match(Block.RECONSIDERATION, "", "5件", "受理")).isNull();
    }

    @Test
    void aCueThatStandsAfterItsNumber_namesTheNumberBeforeIt() {
      assertThat(field(Block.RECONSIDERATION, "", "5件", "正在审理")).isEqualTo("pending");
      assertThat(field(Block.LEGAL_ADVISERS, "", "12个", "行政村")).isEqualTo("villagesCovered");
    }

    @Test
    void aCueOnEitherSide_namesTheNumberFromAfterItToo() {
      assertThat(field(Block.LITIGATION, "", "5件", "胜诉")).isEqualTo("won");
      assertThat(field(Block.LITIGATION, "胜诉", "5件", "")).isEqualTo("won");
    }

    @Test
    void aCueBefore_winsOverACueAfter_evenWhenTheOneAfterIsNearer() {
      assertThat(field(Block.RECONSIDERATION, "受理行政复议案件中", "3件", "不予受理")).isEqualTo("accepted");
      assertThat(field(Block.LITIGATION, "败诉共", "3件", "胜诉")).isEqualTo("lost");
    }
  }

  @Nested
  class Compatibility {
    @Test
    void aRateCue_doesNotNameACount() {
      assertThat(match(Block.RECONSIDERATION, "纠错率", "5件", "")).isNull();
      assertThat(field(Block.RECONSIDERATION, "纠错率", "8.5%", "")).isEqualTo("correctionRate");
    }

    @Test
    void aCountCue_doesNotNameAPercent() {
      assertThat(match(Block.RECONSIDERATION, "受理", "5%", "")).isNull();
    }

    @Test
    void aCountCue_doesNotNameAFigureInAUnitItsFieldDoesNotCount() {
      assertThat(match(Block.RECONSIDERATION, "受理", "5人", "")).isNull();
      assertThat(field(Block.LEGAL_AID, "法律咨询", "5人次", "")).isEqualTo("consultations");
    }

    @Test
    void aCount_mustBeAWholeNumber() {
      assertThat(match(Block.RECONSIDERATION, "受理", "1.5件", "")).isNull();
    }

    @Test
    void moneyNeeds元_andDaysADayUnit() {
      assertThat(field(Block.ENFORCEMENT, "罚款", "3.5万元", "")).isEqualTo("penaltyAmount");
      assertThat(match(Block.ENFORCEMENT, "罚款", "35件", "")).isNull();
      assertThat(field(Block.NORMATIVE_DOCUMENTS, "征求意见期限", "30日", ""))
          .isEqualTo("commentPeriodDays");
      assertThat(match(Block.NORMATIVE_DOCUMENTS, "征求意见期限", "30件", "")).isNull();
    }

    @ParameterizedTest(name = "{0} fits {1}.{2}: {3}")
    @CsvSource({
      "8.5%,     RECONSIDERATION, correctionRate,   true",
      "8.5%,     RECONSIDERATION, received,         false",
      "35件,     RECONSIDERATION, received,         true",
      "35,       RECONSIDERATION, received,         true",
      "35人,     RECONSIDERATION, received,         false",
      "3.5万元,  ENFORCEMENT,     penaltyAmount,    true",
      "3.5万,    ENFORCEMENT,     penaltyAmount,    false",
      "30日,     NORMATIVE_DOCUMENTS, commentPeriodDays, true",
      "5个工作日, NORMATIVE_DOCUMENTS, commentPeriodDays, true",
      "30场,     NORMATIVE_DOCUMENTS, commentPeriodDays, false",
      "3期,      ENFORCEMENT,     training,         true",
      "120人次,  ENFORCEMENT,     training,         true",
      "16学时,   ENFORCEMENT,     training,         true",
      "3件,      ENFORCEMENT,     training,         false",
      "1.38万件, MEDIATION,       settled,          true",
    })
    void compatible_byKindAndUnit(String written, Block block, String field, boolean fits) {
      assertThat(CueMatcher.compatible(figure(written), named(block, field))).isEqualTo(fits);
    }
  }

  @Nested
  class DefaultField {
    @Test
    void withoutACue_theBlocksTopicWordRightBeforeTheFigure_namesItsDefaultField() {
      Match match = match(Block.RECONSIDERATION, "行政复议案件", "35件", "");
      assertThat(match.byCue()).isFalse();
      assertThat(match.cue()).isEmpty();
      assertThat(match.field().name()).isEqualTo("received");
    }

    @Test
    void theDefaultField_allowsOnlyFillerBetweenTopicWordAndFigure() {
      assertThat(field(Block.RECONSIDERATION, "行政复议案件共", "35件", "")).isEqualTo("received");
      assertThat(field(Block.LITIGATION, "行政诉讼", "5件", "")).isEqualTo("cases");
      assertThat(match(Block.RECONSIDERATION, "行政复议工作中", "35件", "")).isNull();
    }

    @Test
    void aBlockWithoutADefaultField_matchesNothingWithoutACue() {
      assertThat(match(Block.ENFORCEMENT, "行政执法", "35件", "")).isNull();
    }

    @Test
    void theDefaultField_mustFitTheFigure() {
      assertThat(match(Block.RECONSIDERATION, "行政复议案件", "35%", "")).isNull();
    }
  }

  @Nested
  class FieldNamedBy {
    @Test
    void theCueEndingAtMostTwoCharactersBeforeTheEnd_namesTheField() {
      assertThat(CueMatcher.fieldNamedBy("法律援助案件受理量", Cues.rule(Block.LEGAL_AID)))
          .map(Field::name)
          .contains("accepted");
      assertThat(CueMatcher.fieldNamedBy("行政复议纠错率", Cues.rule(Block.RECONSIDERATION)))
          .map(Field::name)
          .contains("correctionRate");
    }

    @Test
    void aCueFartherFromTheEnd_namesNothing() {
      assertThat(CueMatcher.fieldNamedBy("法律援助受理工作情况", Cues.rule(Block.LEGAL_AID))).isEmpty();
    }

    @Test
    void onEqualDistance_theLongerCueWins() {
      assertThat(CueMatcher.fieldNamedBy("不予受理", Cues.rule(Block.RECONSIDERATION)))
          .map(Field::name)
          .contains("notAccepted");
    }

    @Test
    void activityFields_areNeverNamed() {
      assertThat(CueMatcher.fieldNamedBy("开展执法培训", Cues.rule(Block.ENFORCEMENT))).isEmpty();
      assertThat(CueMatcher.fieldNamedBy("开展学法", Cues.rule(Block.STUDY))).isEmpty();
    }
  }

  @Nested
  class FieldWithCue {
    @Test
    void theFieldThatHasTheCue_andFitsTheFigure() {
      Optional<Field<?>> field =
          CueMatcher.fieldWithCue(figure("12件"), Cues.rule(Block.LITIGATION), "审结");
      assertThat(field).map(Field::name).contains("concluded");
    }

    @Test
    void noField_whenTheFigureDoesNotFitTheFieldWithTheCue() {
      assertThat(CueMatcher.fieldWithCue(figure("12%"), Cues.rule(Block.LITIGATION), "审结"))
          .isEmpty();
    }

    @Test
    void noField_whenNoFieldHasTheCue() {
      assertThat(CueMatcher.fieldWithCue(figure("12件"), Cues.rule(Block.LITIGATION), "办理法律援助"))
          .isEmpty();
    }
  }

  @Property
  void aPercent_fitsOnlyRateFields(@ForAll @IntRange(min = 0, max = 100) int percent) {
    Figure f = figure(percent + "%");
    for (BlockRule<?> rule : Cues.RULES) {
      for (Field<?> field : rule.fields()) {
        assertThat(CueMatcher.compatible(f, field))
            .as("%s.%s", rule.block(), field.name())
            .isEqualTo(field.kind() == Cues.Kind.RATE);
      }
    }
  }
}
