package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.figure.ScopeLevel;
import org.fazhi.report.text.TextFigure.Placement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorsTest {
  /** Words that never make a label on their own. */
  private static final Set<String> LONE = Set.of("占", "对", "尚");

  private static String label(String sentence, int index) {
    return Indicators.label(Sentences.of(sentence), index);
  }

  @Nested
  class Labels {
    @Test
    void theWordsBeforeTheFigureInItsClause_withoutFiller() {
      assertThat(label("全年共开展法治宣传活动36场。", 0)).isEqualTo("开展法治宣传活动");
      assertThat(label("2024年共计开展普法讲座15场。", 0)).isEqualTo("开展普法讲座");
      assertThat(label("普法宣传覆盖群众累计达1.2万人次。", 0)).isEqualTo("普法宣传覆盖群众");
      assertThat(label("依法行政工作稳步推进，全市共有村级法律顾问120名。", 0)).isEqualTo("村级法律顾问");
    }

    @Test
    void theWordsStartAfterTheFigureBefore() {
      assertThat(label("开展讲座12场、培训8期。", 1)).isEqualTo("培训");
    }

    @Test
    void aLone对_takesTheWordsAfterTheFigure() {
      assertThat(label("对12名干部进行了培训。", 0)).isEqualTo("干部进行了培训");
    }

    @Test
    void aLone尚_takesTheWordsAfterTheFigure() {
      assertThat(label("尚有3件在办。", 0)).isEqualTo("在办");
    }

    @Test
    void aLone占_takesTheWordsAfterTheFigure() {
      assertThat(label("开展普法活动36场，占全年任务的120%以上的街道。", 1)).isNotIn(LONE);
      assertThat(label("受理35件，占38.4%的群众满意。", 1)).isEqualTo("群众满意");
    }

    @Test
    void wordsEndingIn的_takeTheWordsAfterTheFigure() {
      assertThat(label("建成标准化的3个调解室。", 0)).isEqualTo("调解室");
    }

    @Test
    void theWordsAfter_areCutAtFortyCharacters() {
      String after = "名干部参加了由县委依法治县办组织开展的全县领导干部学法用法暨法治政府建设专题培训班并通过了结业考试取得合格证书";
      assertThat(label("对12" + after + "。", 0)).hasSize(40);
    }

    @Test
    void aQualifierBeforeTheFigure_isPartOfItsLabel() {
      assertThat(label("有1名以上“法律明白人”的行政村达100%。", 1)).isEqualTo("有1名以上“法律明白人”的行政村");
    }

    @Test
    void withNoWordsAtAll_theFigureAsWritten() {
      assertThat(label("36场。", 0)).isEqualTo("36场");
    }

    @Test
    void aClauseOfNothingBut占_neverGivesTheLabel占() {
      assertThat(label("开展普法活动36场，占38.4%。", 1)).isNotIn(LONE);
      assertThat(label("全年尚3件。", 0)).isNotIn(LONE);
    }
  }

  @Nested
  class Clean {
    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource({
      "全年共开展,          开展",
      "2024年以来累计办理,   办理",
      "今年以来,            ''",
      "，、开展,            开展",
      "其中受理,            受理",
      "目前全县共有律师,      律师",
      "群众满意度达到,        群众满意度",
      "办理时限压缩至,        办理时限",
      "行政复议案件数量为,     行政复议案件",
      "调解案件约,           调解案件",
      "分别为,              ''",
      "同时还开展,           开展",
    })
    void fillerBeforeAndAfter_isRemoved(String words, String cleaned) {
      assertThat(Indicators.clean(words)).isEqualTo(cleaned);
    }
  }

  @Nested
  class Add {
    @Test
    void anIndicator_isMadeWithItsLabelQuantityAndWhatIsKnown_andTheFigureRecorded() {
      Sentence s = Sentences.of("近三年全省共办理法律援助案件261件。");
      Placements placements = new Placements();
      placements.indicators.add(Indicator.of("先前", "1件"));
      ReportingPeriod period =
          ReportingPeriod.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));
      Indicators.add(
          s,
          0,
          placements,
          Optional.of(Concept.of("legal-aid.handled")),
          Optional.of(Scope.of(ScopeLevel.PROVINCE)),
          Optional.of(period));
      assertThat(placements.indicators).hasSize(2);
      Indicator indicator = placements.indicators.get(1);
      assertThat(indicator.getLabel()).isEqualTo("近三年全省共办理法律援助案件");
      assertThat(indicator.getQuantity()).hasToString("261件");
      assertThat(indicator.getConcept()).contains(Concept.of("legal-aid.handled"));
      assertThat(indicator.getScope()).contains(Scope.of(ScopeLevel.PROVINCE));
      assertThat(indicator.getPeriod()).contains(period);
      assertThat(indicator.getSection()).isEmpty();
      assertThat(placements.placement(s, 0))
          .hasValueSatisfying(
              f -> {
                assertThat(f.getPlacement()).isEqualTo(Placement.INDICATOR);
                assertThat(f.getTarget()).contains("/indicators/1");
              });
      assertThat(s.claimed[0]).isTrue();
    }
  }

  @Property
  void aLabelIsNeverALone占对or尚_whenTheClauseSaysAnythingElse(
      @ForAll("filler") String filler,
      @ForAll @IntRange(min = 1, max = 999) int n,
      @ForAll("units") String unit,
      @ForAll("words") String after) {
    String sentence = "全年开展普法活动36场，" + filler + n + unit + after + "。";
    String label = label(sentence, 1);
    assertThat(label).as(sentence).isNotBlank().isNotIn(LONE);
  }

  @Provide
  Arbitrary<String> filler() {
    return Arbitraries.of("占", "对", "尚", "尚有", "占到", "对其中");
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("件", "名", "个", "%", "场", "人次");
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of("的群众", "干部进行了培训", "在办", "的行政村", "以上的村", "左右的案件");
  }

  @Property
  void clean_isIdempotent(
      @ForAll
          @StringLength(max = 12)
          @Chars({'全', '年', '共', '计', '累', '达', '为', '其', '中', '开', '展', '，', '、', '到', '有'})
          String words) {
    String once = Indicators.clean(words);
    assertThat(Indicators.clean(once)).isEqualTo(once);
  }

  @Test
  void figuresListedBeforeTheirNouns_takeTheirOwnWords_notTheItemBefore() {
    TextImport imported =
        ReportText.parseExcerpt("全县29个县直部门、12个乡镇全部聘请法律顾问。", ExcerptContext.none().withYear(2024));
    assertThat(imported.getReport().getIndicators())
        .extracting(i -> i.getLabel())
        .containsExactly("县直部门", "乡镇全部聘请法律顾问");
  }
}
