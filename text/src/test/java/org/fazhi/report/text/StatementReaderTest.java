package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Sentences.Read;
import org.fazhi.report.text.Staging.Slot;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementReaderTest {
  private final Staging staging = new Staging();
  private final Placements placements = new Placements();
  private final StatementReader reader = new StatementReader(staging, placements);

  private Read read(String... texts) {
    Read read = Sentences.read(texts);
    reader.read(read.sentence(), read.topics());
    return read;
  }

  /** The values staged for {@code block}, as {@code field=value}. */
  private List<String> staged(Block block) {
    List<String> values = new ArrayList<>();
    for (Slot slot : staging.valuesOf(block).slots()) {
      values.add(slot.field().name() + "=" + slot.value());
    }
    return values;
  }

  private List<String> facts() {
    return placements.figures.stream()
        .map(f -> f.getText() + " → " + f.getTarget().orElse(""))
        .toList();
  }

  @Nested
  class Zeros {
    @Test
    void 未发生_aBlocksCases_isAZeroInItsZeroField() {
      read("全年未发生行政复议案件。");
      assertThat(staged(Block.RECONSIDERATION)).containsExactly("received=" + Count.zero());
      assertThat(facts()).containsExactly("未发生行政复议案件 → /statistics/reconsideration/received");
      assertThat(placements.figures.get(0).getColumn()).isEqualTo(3);
      assertThat(placements.figures.get(0).getQuantity().getValue())
          .isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(staging.statement(Block.RECONSIDERATION)).contains("全年未发生行政复议案件");
    }

    @Test
    void 未发生_aFieldOfABlock_isAZeroInThatField() {
      read("未发生行政诉讼败诉案件。");
      assertThat(staged(Block.LITIGATION)).containsExactly("lost=" + Count.zero());
    }

    @Test
    void 零败诉_isAZeroOfLost() {
      read("全年实现行政应诉零败诉。");
      assertThat(staged(Block.LITIGATION)).containsExactly("lost=" + Count.zero());
      assertThat(facts()).containsExactly("零败诉 → /statistics/litigation/lost");
    }

    @Test
    void 无发生_underTheClausesTopic_isAZeroOfTheFieldItNames() {
      read("办理行政诉讼案件12件，全年无行政机关败诉案件发生。");
      assertThat(staged(Block.LITIGATION)).containsExactly("lost=" + Count.zero());
      assertThat(facts()).containsExactly("无行政机关败诉案件发生 → /statistics/litigation/lost");
    }

    @Test
    void 没有上年结转案件_isAZeroOfCarriedOver() {
      read("受理行政复议案件35件，没有上年结转案件。");
      assertThat(staged(Block.RECONSIDERATION)).containsExactly("carriedOver=" + Count.zero());
    }

    @Test
    void 上年无结转案件_isAZeroOfCarriedOverToo() {
      read("受理行政复议案件35件，上年无结转案件。");
      assertThat(staged(Block.RECONSIDERATION)).containsExactly("carriedOver=" + Count.zero());
    }

    @Test
    void 纠错率为零_isARateOfZeroPercent() {
      read("行政复议纠错率为零。");
      assertThat(staging.valuesOf(Block.RECONSIDERATION).slots())
          .singleElement()
          .satisfies(
              slot -> {
                assertThat(slot.field().name()).isEqualTo("correctionRate");
                assertThat(slot.value()).isEqualTo(Rate.of(BigDecimal.ZERO));
              });
      assertThat(facts()).containsExactly("行政复议纠错率为零 → /statistics/reconsideration/correctionRate");
    }

    @Test
    void 败诉案件为零_isAZeroOfTheFieldBefore为零() {
      read("行政诉讼败诉案件为零。");
      assertThat(staged(Block.LITIGATION)).containsExactly("lost=" + Count.zero());
    }

    @Test
    void aZero_doesNotOverwriteAValueStatedBefore() {
      Read read = Sentences.read("全年未发生行政复议案件。");
      staging
          .of(Block.RECONSIDERATION)
          .stage(Cues.rule(Block.RECONSIDERATION).defaultCount(), Count.of(35), null, 1);
      reader.read(read.sentence(), read.topics());
      assertThat(staged(Block.RECONSIDERATION)).containsExactly("received=35");
      assertThat(placements.figures).isEmpty();
    }
  }

  @Nested
  class NothingSaid {
    @Test
    void aBare无_withoutABlock_saysNothing() {
      read("全年无重大事故。");
      assertThat(placements.figures).isEmpty();
      for (Block block : Block.values()) {
        assertThat(staging.has(block)).as("%s", block).isFalse();
      }
    }

    @Test
    void aZeroOfSomethingElse_thatMerelyNamesATopic_saysNothing() {
      // the homicides are not disputes: the subject goes on past its topic word
      read("未发生因矛盾纠纷激化引发的命案。");
      assertThat(placements.figures).isEmpty();
      assertThat(staging.has(Block.MEDIATION)).isFalse();
    }

    @Test
    void aBare无_withoutAField_underATopic_saysNothing() {
      read("受理行政复议案件35件，工作无差错。");
      assertThat(placements.figures).isEmpty();
      assertThat(staging.has(Block.RECONSIDERATION)).isFalse();
    }

    @Test
    void 没有_aWordOfAnotherBlocksField_saysNothingOfTheTopic() {
      // 败诉 is no field of reconsideration
      read("受理行政复议案件35件，没有败诉案件。");
      assertThat(placements.figures).isEmpty();
    }

    @Test
    void 零_withoutAFieldRightAfterIt_saysNothing() {
      read("办理行政诉讼案件12件，实现零差错。");
      assertThat(placements.figures).isEmpty();
    }

    @Test
    void aClauseWithAFigure_isNoStatement() {
      read("未发生行政复议案件以外的事项3件。");
      assertThat(placements.figures).isEmpty();
      assertThat(staging.has(Block.RECONSIDERATION)).isFalse();
    }
  }

  @Nested
  class Statements {
    @Test
    void aClauseSayingJudgmentsWerePerformed_isTheBlocksStatement() {
      read("生效裁判均已履行。");
      assertThat(staging.statement(Block.JUDGMENT_PERFORMANCE)).contains("生效裁判均已履行");
      assertThat(staging.valuesOf(Block.JUDGMENT_PERFORMANCE).isEmpty()).isTrue();
    }

    @Test
    void inTheImport_theStatementIsTheBlocks() {
      TextImport imported =
          ReportText.parseExcerpt("法院生效裁判均已履行。", ExcerptContext.none().withYear(2024));
      assertThat(imported.getReport().getStatistics().getJudgmentPerformance())
          .flatMap(JudgmentPerformance::getStatement)
          .contains("法院生效裁判均已履行");
    }
  }

  @Nested
  class Basis {
    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource({
      "纠错率为8.5%（按审结案件计算）, '',         CLOSED",
      "纠错率为8.5%（以受理案件为基数）, '',        ACCEPTED",
      "'',                        占受理案件的,     ACCEPTED",
      "'',                        占全年收到,       RECEIVED",
      "'',                        占同期办理,       HANDLED",
      "'',                        占结案,          CLOSED",
      "'',                        占受理的一半占审结, CLOSED",
    })
    void theStageARateIsComputedOver_isTheOneTheTextNames(
        String sentence, String before, CaseStage stage) {
      assertThat(StatementReader.basis(sentence, before)).contains(stage);
    }

    @Test
    void theWordsBeforeTheRate_winOverTheSentence() {
      assertThat(StatementReader.basis("（按审结案件计算）", "占受理案件的")).contains(CaseStage.ACCEPTED);
    }

    @Test
    void withoutABasis_none() {
      assertThat(StatementReader.basis("纠错率为8.5%", "纠错率为")).isEqualTo(Optional.empty());
    }
  }
}
