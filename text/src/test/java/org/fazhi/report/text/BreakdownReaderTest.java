package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Sentences.Read;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BreakdownReaderTest {
  /** A sentence that makes reconsideration the running topic. */
  private static final String ON_RECONSIDERATION = "收到行政复议申请80件。";

  private final Placements placements = new Placements();
  private final BreakdownReader reader = new BreakdownReader(placements);

  private Read read(String... texts) {
    Read read = Sentences.read(texts);
    reader.read(read.sentence(), read.topics(), read.primary());
    return read;
  }

  private Breakdown only(Block block) {
    assertThat(reader.of(block)).hasSize(1);
    return reader.of(block).get(0);
  }

  private static List<String> items(Breakdown breakdown) {
    return breakdown.getItems().stream()
        .map(
            item ->
                item.getLabel()
                    + item.getCount().map(c -> " " + c).orElse("")
                    + item.getShare().map(r -> " " + r).orElse(""))
        .toList();
  }

  private String target(Read read, int index) {
    return placements.placement(read.sentence(), index).flatMap(TextFigure::getTarget).orElse(null);
  }

  @Nested
  class RespondentsNamedAsSuch {
    @Test
    void 以为被告的案件_areABreakdownByRespondent() {
      Read read = read("全县共发生行政诉讼案件48件，其中以县政府为被告的案件12件，以县直部门为被告的案件36件。");
      Breakdown breakdown = only(Block.LITIGATION);
      assertThat(breakdown.getDimension()).isEqualTo(BreakdownDimension.RESPONDENT);
      assertThat(items(breakdown)).containsExactly("县政府 12", "县直部门 36");
      assertThat(read.sentence().claimed).containsExactly(false, true, true);
      assertThat(target(read, 2)).isEqualTo("/statistics/litigation/breakdowns/0/items/1/count");
    }

    @Test
    void withoutACaseBlock_nothingIsRead() {
      Read read = read("以县政府为被告的案件12件。");
      assertThat(reader.of(Block.LITIGATION)).isEmpty();
      assertThat(read.sentence().claimed).containsExactly(false);
    }
  }

  @Nested
  class Counts {
    @Test
    void fromTheRespondents_countsByLabel() {
      Read read = read(ON_RECONSIDERATION, "从被申请人看，县政府12件、县直部门58件、乡镇政府10件。");
      Breakdown breakdown = only(Block.RECONSIDERATION);
      assertThat(breakdown.getDimension()).isEqualTo(BreakdownDimension.RESPONDENT);
      assertThat(items(breakdown)).containsExactly("县政府 12", "县直部门 58", "乡镇政府 10");
      assertThat(breakdown.getOf()).isEmpty();
      assertThat(read.sentence().claimed).containsExactly(true, true, true);
      assertThat(target(read, 1))
          .isEqualTo("/statistics/reconsideration/breakdowns/0/items/1/count");
    }

    @Test
    void withoutACaseBlockInScope_thereIsNoBreakdown() {
      Read read = read("从被申请人看，县政府12件、县直部门58件。");
      assertThat(reader.of(Block.RECONSIDERATION)).isEmpty();
      assertThat(read.sentence().claimed).containsExactly(false, false);
    }

    @Test
    void withoutADimension_thereIsNoBreakdown() {
      Read read = read(ON_RECONSIDERATION, "从工作看，县政府12件、县直部门58件。");
      assertThat(reader.of(Block.RECONSIDERATION)).isEmpty();
      assertThat(read.sentence().claimed).containsExactly(false, false);
    }
  }

  @Nested
  class Shares {
    @Test
    void sharesByLabel_areItemShares() {
      Read read = read(ON_RECONSIDERATION, "从案件类型看，行政处罚类占38.4%、行政强制类占20.1%。");
      Breakdown breakdown = only(Block.RECONSIDERATION);
      assertThat(breakdown.getDimension()).isEqualTo(BreakdownDimension.CASE_TYPE);
      assertThat(breakdown.getItems())
          .containsExactly(
              BreakdownItem.ofShare("行政处罚类", Rate.of("38.4")),
              BreakdownItem.ofShare("行政强制类", Rate.of("20.1")));
      assertThat(target(read, 0))
          .isEqualTo("/statistics/reconsideration/breakdowns/0/items/0/share");
    }

    @Test
    void aShareRightAfterACount_isTheShareOfTheSameItem() {
      read(ON_RECONSIDERATION, "从案件类型看，公安类47件，占32.2%；自然资源类20件，占13.7%。");
      assertThat(items(only(Block.RECONSIDERATION)))
          .containsExactly("公安类 47 32.2%", "自然资源类 20 13.7%");
    }
  }

  @Nested
  class ListedLabels {
    @Test
    void labelsListedBefore分别_pairWithTheFiguresAfterIt() {
      read(ON_RECONSIDERATION, "按案件类型分，行政处罚类、行政强制类分别为29件、8件。");
      assertThat(items(only(Block.RECONSIDERATION))).containsExactly("行政处罚类 29", "行政强制类 8");
    }

    @Test
    void theLastTwoLabels_mayBeJoinedBy和() {
      read(ON_RECONSIDERATION, "从案件类型看，行政处罚类和行政确认类分别为29件、8件。");
      assertThat(items(only(Block.RECONSIDERATION))).containsExactly("行政处罚类 29", "行政确认类 8");
    }
  }

  @Nested
  class Totals {
    @Test
    void aTotalWith共_thenItsItemsAfter其中_isTheBreakdownsOwnTotal() {
      Read read = read(ON_RECONSIDERATION, "从案件类型看，涉及行政执法的案件共41件，其中行政处罚类27件、行政强制类14件。");
      Breakdown breakdown = only(Block.RECONSIDERATION);
      assertThat(breakdown.getTotal()).contains(Count.of(41));
      assertThat(items(breakdown)).containsExactly("行政处罚类 27", "行政强制类 14");
      assertThat(target(read, 0)).isEqualTo("/statistics/reconsideration/breakdowns/0/total");
    }

    @Test
    void aFirstCountWithout共_isAnItem() {
      read(ON_RECONSIDERATION, "从案件类型看，行政执法类41件，其中行政处罚类27件。");
      assertThat(only(Block.RECONSIDERATION).getTotal()).isEmpty();
    }
  }

  @Nested
  class Basis {
    @Test
    void theStageBeforeTheBreakdown_受理的中_isItsBasis() {
      read("受理的行政复议案件中，从被申请人看，县政府12件、县直部门58件。");
      Breakdown breakdown = only(Block.RECONSIDERATION);
      assertThat(breakdown.getOf()).contains(CaseStage.ACCEPTED);
      assertThat(items(breakdown)).containsExactly("县政府 12", "县直部门 58");
    }

    @Test
    void 占收到_makesReceivedTheBasis() {
      read(ON_RECONSIDERATION, "从案件类型看，行政处罚类占收到申请的38.4%。");
      assertThat(only(Block.RECONSIDERATION).getOf()).contains(CaseStage.RECEIVED);
    }
  }

  @Test
  void twoDimensionsInOneSentence_areTwoBreakdowns() {
    read(ON_RECONSIDERATION, "从被申请人看，县政府12件、县直部门58件；从领域看，公安类47件、市场监管类9件。");
    assertThat(reader.of(Block.RECONSIDERATION))
        .extracting(Breakdown::getDimension)
        .containsExactly(BreakdownDimension.RESPONDENT, BreakdownDimension.FIELD);
    assertThat(items(reader.of(Block.RECONSIDERATION).get(1))).containsExactly("公安类 47", "市场监管类 9");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "被申请人,    RESPONDENT",
    "被诉行政机关, RESPONDENT",
    "案件类型,    CASE_TYPE",
    "案由,       CASE_TYPE",
    "行业领域,    FIELD",
    "地区,       REGION",
    "县（市、区）, REGION",
  })
  void dimension_isNamedByItsWords(String words, BreakdownDimension dimension) {
    assertThat(BreakdownReader.dimension(words)).contains(dimension);
  }

  @Test
  void wordsThatNameNoDimension_giveNone() {
    assertThat(BreakdownReader.dimension("工作")).isEqualTo(Optional.empty());
  }

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource({
    "其中行政处罚类,             行政处罚类",
    "县政府,                    县政府",
    "、县直部门,                 县直部门",
    "公安类案件,                 公安类",
    "行政处罚类分别为,            行政处罚类",
    "受理的案件中公安类,           公安类",
    "自然资源领域案件,             自然资源",
    "公安类案件数居前三位,          公安类",
  })
  void label_isTheWordsWithoutFillerStageAndRank(String words, String label) {
    assertThat(BreakdownReader.label(words)).isEqualTo(label);
  }
}
