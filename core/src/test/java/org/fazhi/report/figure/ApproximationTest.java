package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ApproximationTest {
  private static final BigDecimal SEVEN_HUNDRED = new BigDecimal("700");

  // ---- marker(), position(), spellings()

  @ParameterizedTest
  @CsvSource(
      value = {
        "EXACT, '', NONE",
        "MORE_THAN, 余, AFTER_NUMBER",
        "NEARLY, 近, BEFORE_NUMBER",
        "ABOUT, 约, BEFORE_NUMBER",
        "OVER, 超过, BEFORE_NUMBER",
        "AT_LEAST, 以上, AFTER_UNIT",
        "AT_MOST, 以内, AFTER_UNIT",
      })
  void marker_andPosition(
      Approximation approximation, String marker, Approximation.Position position) {
    assertThat(approximation.marker()).isEqualTo(marker);
    assertThat(approximation.position()).isEqualTo(position);
  }

  @Test
  void spellings_listCanonicalFirst() {
    assertThat(Approximation.EXACT.spellings()).isEmpty();
    assertThat(Approximation.MORE_THAN.spellings()).containsExactly("余", "多");
    assertThat(Approximation.NEARLY.spellings()).containsExactly("近", "将近", "接近");
    assertThat(Approximation.ABOUT.spellings()).containsExactly("约", "大约");
    assertThat(Approximation.OVER.spellings()).containsExactly("超过", "超");
    assertThat(Approximation.AT_LEAST.spellings()).containsExactly("以上", "不少于", "不低于", "至少");
    assertThat(Approximation.AT_MOST.spellings()).containsExactly("以内", "以下", "不超过", "不到", "不足");
  }

  @Test
  void spellingsAtAPosition_putPrefixSpellingsBeforeTheNumber() {
    assertThat(Approximation.AT_MOST.spellings(Approximation.Position.AFTER_UNIT))
        .containsExactly("以内", "以下");
    assertThat(Approximation.AT_MOST.spellings(Approximation.Position.BEFORE_NUMBER))
        .containsExactly("不超过", "不到", "不足");
    assertThat(Approximation.AT_MOST.spellings(Approximation.Position.AFTER_NUMBER)).isEmpty();
    assertThat(Approximation.MORE_THAN.spellings(Approximation.Position.AFTER_NUMBER))
        .containsExactly("余", "多");
    assertThat(Approximation.MORE_THAN.spellings(Approximation.Position.BEFORE_NUMBER)).isEmpty();
    assertThat(Approximation.NEARLY.spellings(Approximation.Position.BEFORE_NUMBER))
        .containsExactly("近", "将近", "接近");
    assertThat(Approximation.EXACT.spellings(Approximation.Position.NONE)).isEmpty();
    assertThat(Approximation.AT_LEAST.spellings(Approximation.Position.NONE)).isEmpty();
    assertThat(Approximation.AT_LEAST.spellings(Approximation.Position.BEFORE_NUMBER))
        .containsExactly("不少于", "不低于", "至少");
  }

  @ParameterizedTest
  @EnumSource(Approximation.class)
  void spellingsAtThePositions_partitionTheSpellings(Approximation approximation) {
    List<String> all = new java.util.ArrayList<>();
    for (Approximation.Position position : Approximation.Position.values()) {
      all.addAll(approximation.spellings(position));
    }
    assertThat(all).containsExactlyInAnyOrderElementsOf(approximation.spellings());
    if (!approximation.isExact()) {
      assertThat(approximation.spellings(approximation.position()))
          .startsWith(approximation.marker());
    }
  }

  @Test
  void everySpelling_belongsToOneApproximation() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Approximation approximation : Approximation.values()) {
      for (String spelling : approximation.spellings()) {
        assertThat(seen.add(spelling)).as(spelling).isTrue();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Approximation.class)
  void spellings_startWithTheMarker(Approximation approximation) {
    List<String> spellings = approximation.spellings();
    if (!approximation.isExact()) {
      assertThat(spellings.get(0)).isEqualTo(approximation.marker());
    }
  }

  @Test
  void isExact_onlyForExact() {
    assertThat(Approximation.EXACT.isExact()).isTrue();
    assertThat(Approximation.MORE_THAN.isExact()).isFalse();
    assertThat(Approximation.ABOUT.isExact()).isFalse();
  }

  // ---- fromMarker(String)

  @ParameterizedTest
  @CsvSource({
    "余, MORE_THAN",
    "多, MORE_THAN",
    "近, NEARLY",
    "将近, NEARLY",
    "接近, NEARLY",
    "约, ABOUT",
    "大约, ABOUT",
    "超过, OVER",
    "超, OVER",
    "以上, AT_LEAST",
    "以内, AT_MOST",
    "以下, AT_MOST",
    "不超过, AT_MOST",
    "不到, AT_MOST",
    "不足, AT_MOST"
  })
  void fromMarker_readsEverySpelling(String marker, Approximation approximation) {
    assertThat(Approximation.fromMarker(marker)).contains(approximation);
  }

  @Test
  void fromMarker_isEmptyForOtherWords() {
    assertThat(Approximation.fromMarker("左右")).isEmpty();
    assertThat(Approximation.fromMarker("")).isEmpty();
  }

  // ---- lowerBound(BigDecimal), upperBound(BigDecimal)

  @Test
  void bounds_exactIsBothBounds() {
    assertThat(Approximation.EXACT.lowerBound(SEVEN_HUNDRED)).contains(SEVEN_HUNDRED);
    assertThat(Approximation.EXACT.upperBound(SEVEN_HUNDRED)).contains(SEVEN_HUNDRED);
  }

  @Test
  void bounds_moreThanOverAndAtLeastAreLowerBoundsOnly() {
    for (Approximation approximation :
        List.of(Approximation.MORE_THAN, Approximation.OVER, Approximation.AT_LEAST)) {
      assertThat(approximation.lowerBound(SEVEN_HUNDRED)).contains(SEVEN_HUNDRED);
      assertThat(approximation.upperBound(SEVEN_HUNDRED)).isEmpty();
    }
  }

  @Test
  void bounds_nearlyIsAnUpperBoundOnly() {
    assertThat(Approximation.NEARLY.lowerBound(SEVEN_HUNDRED)).isEmpty();
    assertThat(Approximation.NEARLY.upperBound(SEVEN_HUNDRED)).contains(SEVEN_HUNDRED);
  }

  @Test
  void bounds_atMostIsAnUpperBoundOnly() {
    assertThat(Approximation.AT_MOST.lowerBound(SEVEN_HUNDRED)).isEmpty();
    assertThat(Approximation.AT_MOST.upperBound(SEVEN_HUNDRED)).contains(SEVEN_HUNDRED);
  }

  @Test
  void bounds_aboutIsTenPercentEitherSide() {
    assertThat(Approximation.ABOUT_TOLERANCE_PERCENT).isEqualTo(10);
    assertThat(Approximation.ABOUT.lowerBound(SEVEN_HUNDRED).orElseThrow())
        .isEqualByComparingTo("630");
    assertThat(Approximation.ABOUT.upperBound(SEVEN_HUNDRED).orElseThrow())
        .isEqualByComparingTo("770");
  }

  @Test
  void bounds_aboutOfADecimal_keepsEveryDigit() {
    BigDecimal percent = new BigDecimal("19.4");
    assertThat(Approximation.ABOUT.lowerBound(percent).orElseThrow()).isEqualByComparingTo("17.46");
    assertThat(Approximation.ABOUT.upperBound(percent).orElseThrow()).isEqualByComparingTo("21.34");
  }

  @Test
  void bounds_aboutOfANegativeValue_staysOrdered() {
    BigDecimal drop = new BigDecimal("-30");
    assertThat(Approximation.ABOUT.lowerBound(drop).orElseThrow()).isEqualByComparingTo("-33");
    assertThat(Approximation.ABOUT.upperBound(drop).orElseThrow()).isEqualByComparingTo("-27");
  }

  @Test
  void bounds_aboutOfZero_isZero() {
    assertThat(Approximation.ABOUT.lowerBound(BigDecimal.ZERO).orElseThrow()).isZero();
    assertThat(Approximation.ABOUT.upperBound(BigDecimal.ZERO).orElseThrow()).isZero();
  }
}
