package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebrisTest {

  private static List<String> broken(String text) {
    return Debris.brokenNumbers(text).stream()
        .map(span -> text.substring(span[0], span[1]))
        .toList();
  }

  @Nested
  class BrokenNumbers {
    @Test
    void digitsBrokenByASpace_beforeAUnit_areBroken() {
      assertThat(broken("全年受理行政复议案件1 5起")).containsExactly("1 5");
      assertThat(Debris.brokenNumbers("全年受理行政复议案件1 5起"))
          .singleElement()
          .satisfies(span -> assertThat(span).containsExactly(10, 13));
    }

    @Test
    void aBrokenDecimal_beforeAPercent_isBroken() {
      assertThat(broken("满意度9 8.6%")).containsExactly("9 8.6");
    }

    @Test
    void noBreakAndIdeographicSpaces_breakDigitsToo() {
      assertThat(broken("受理1\u00A05件")).containsExactly("1\u00A05");
      assertThat(broken("受理1\u30005件")).containsExactly("1\u30005");
    }

    @Test
    void brokenDigitsAtTheEnd_areBroken() {
      assertThat(broken("受理案件1 5")).containsExactly("1 5");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "全年受理行政复议案件236 件", // a space before the unit: one number
          "2024年 3月开展工作", // a year and its month
          "受理 5件", // a space before the number
          "满意度3.5 6%", // a decimal, then a space
          "受理15件，办结 3 项工作", // no unit after the second run
          "受理15件",
        })
    void aNumberWithASpaceAround_isNotBroken(String text) {
      assertThat(broken(text)).isEmpty();
    }
  }

  @Nested
  class FullWidthDocumentNumbers {
    @Test
    void aDocumentNumberInFullWidthDigits_isFound_atItsBracket() {
      String text = "依据《通知》（晋政办〔２０２４〕３号）开展工作";
      assertThat(Debris.fullWidthDocumentNumbers(text)).containsExactly(text.indexOf('〔'));
    }

    @Test
    void otherBrackets_andSeveralNumbers_areFoundToo() {
      String text = "［２０２３］１２号和（２０２４）３号";
      assertThat(Debris.fullWidthDocumentNumbers(text)).containsExactly(0, text.indexOf('（'));
    }

    @Test
    void aDocumentNumberInAsciiDigits_isNoDebris() {
      assertThat(Debris.fullWidthDocumentNumbers("晋政办〔2024〕3号")).isEmpty();
    }

    @Test
    void fullWidthDigitsWithout号_areNoDocumentNumber() {
      assertThat(Debris.fullWidthDocumentNumbers("受理１５件")).isEmpty();
    }
  }

  @Nested
  class InTheImport {
    private TextImport imported(String text) {
      return ReportText.parseExcerpt(text, ExcerptContext.none().withYear(2024));
    }

    @Test
    void aBrokenNumber_isWarnedOfWithItsPlace_andNotRead() {
      TextImport imported = imported("全年受理行政复议案件1 5起。");
      assertThat(imported.getFigures()).isEmpty();
      assertThat(imported.getWarnings())
          .filteredOn(w -> w.getKind() == ImportWarning.Kind.BROKEN_NUMBER)
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.getLine()).hasValue(1);
                assertThat(w.getColumn()).hasValue(11);
                assertThat(w.getMessage()).startsWith("\"1 5\" is digits broken by a space");
              });
    }

    @Test
    void aNumberWithASpaceBeforeItsUnit_isRead_andNotWarnedOfAsBroken() {
      TextImport imported = imported("全年受理行政复议案件236 件。");
      assertThat(imported.getFigures())
          .singleElement()
          .satisfies(f -> assertThat(f.getQuantity().getValue()).isEqualByComparingTo("236"));
      assertThat(imported.getWarnings())
          .extracting(ImportWarning::getKind)
          .doesNotContain(ImportWarning.Kind.BROKEN_NUMBER);
    }

    @Test
    void aFullWidthDocumentNumber_isWarnedOf_andIsNoFigure() {
      TextImport imported = imported("依据《通知》（晋政办〔２０２４〕３号）开展工作。");
      assertThat(imported.getFigures()).isEmpty();
      assertThat(imported.getWarnings())
          .filteredOn(w -> w.getKind() == ImportWarning.Kind.FULL_WIDTH_NUMBER)
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.getColumn()).hasValue(11);
                assertThat(w.getMessage()).contains("〔２０２４〕３号");
              });
    }
  }

  @Property
  void textWithoutWhiteSpace_hasNoBrokenNumber(
      @ForAll
          @StringLength(max = 30)
          @CharRange(from = '0', to = '9')
          @Chars({'件', '%', '.', '起', '年'})
          String text) {
    assertThat(Debris.brokenNumbers(text)).isEmpty();
  }

  @Property
  void aRunOfDigits_aSpace_andDigitsBeforeAUnit_isOneBrokenNumber(
      @ForAll @IntRange(min = 0, max = 9999) int head,
      @ForAll @IntRange(min = 0, max = 99999) int tail,
      @ForAll("units") String unit) {
    String number = head + " " + tail;
    assertThat(broken("受理" + number + unit + "，办结")).containsExactly(number);
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("件", "起", "宗", "个", "人", "名", "次", "项", "条", "份", "%", "余件");
  }
}
