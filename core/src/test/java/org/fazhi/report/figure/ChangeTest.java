package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeTest {

  // ---- of(ChangeDirection, Quantity, ChangeBase), builder()

  @Test
  void of_keepsDirectionAmountAndBase() {
    Change change =
        Change.of(
            ChangeDirection.INCREASE,
            Quantity.parse("12.5%"),
            ChangeBase.SAME_PERIOD_PREVIOUS_YEAR);
    assertThat(change.getDirection()).isEqualTo(ChangeDirection.INCREASE);
    assertThat(change.getAmount()).contains(Quantity.parse("12.5%"));
    assertThat(change.getBase()).isEqualTo(ChangeBase.SAME_PERIOD_PREVIOUS_YEAR);
  }

  @Test
  void builder_baseDefaultsToThePreviousYear_amountToNone() {
    Change change = Change.builder().direction(ChangeDirection.INCREASE).build();
    assertThat(change.getBase()).isEqualTo(ChangeBase.PREVIOUS_YEAR);
    assertThat(change.getAmount()).isEmpty();
  }

  @Test
  void unchanged_hasNoAmount() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Change.of(
                    ChangeDirection.UNCHANGED, Quantity.parse("3件"), ChangeBase.PREVIOUS_YEAR))
        .withMessage("an unchanged figure (持平) has no amount: 3件");
  }

  @Test
  void amount_isNeverNegative_theDirectionGivesTheSign() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Change.of(
                    ChangeDirection.DECREASE, Quantity.parse("-3件"), ChangeBase.PREVIOUS_YEAR))
        .withMessage("the amount of a change is >= 0, its direction gives the sign: -3件");
  }

  @Test
  void amount_mayBeZero() {
    assertThat(
            Change.of(ChangeDirection.INCREASE, Quantity.parse("0%"), ChangeBase.PREVIOUS_YEAR)
                .getAmount())
        .contains(Quantity.parse("0%"));
  }

  // ---- parse(CharSequence)

  /** Every spelling of every base, before each direction's canonical word. */
  static Stream<Arguments> baseSpellings() {
    List<Arguments> spellings = new ArrayList<>();
    for (ChangeBase base : ChangeBase.values()) {
      for (String word : base.words()) {
        spellings.add(Arguments.of(word, base));
      }
    }
    return spellings.stream();
  }

  @ParameterizedTest
  @MethodSource("baseSpellings")
  void parse_readsEverySpellingOfTheBase(String word, ChangeBase base) {
    assertThat(Change.parse(word + "增长12.5%"))
        .isEqualTo(Change.of(ChangeDirection.INCREASE, Quantity.parse("12.5%"), base));
    assertThat(Change.parse(word + "持平"))
        .isEqualTo(Change.builder().direction(ChangeDirection.UNCHANGED).base(base).build());
  }

  @Test
  void parse_knowsTheSpellingsOfTheBase() {
    assertThat(ChangeBase.SAME_PERIOD_PREVIOUS_YEAR.words()).containsExactly("同比");
    assertThat(ChangeBase.PREVIOUS_YEAR.words())
        .containsExactly("较上年", "比上年", "较去年", "比去年", "较上一年", "与上年相比");
    assertThat(ChangeBase.PREVIOUS_PERIOD.words()).containsExactly("环比");
  }

  @ParameterizedTest
  @CsvSource({
    "增长, INCREASE",
    "增加, INCREASE",
    "上升, INCREASE",
    "提高, INCREASE",
    "提升, INCREASE",
    "增多, INCREASE",
    "下降, DECREASE",
    "减少, DECREASE",
    "降低, DECREASE",
    "回落, DECREASE",
    "下滑, DECREASE",
  })
  void parse_readsEveryWordOfTheDirection(String word, ChangeDirection direction) {
    assertThat(Change.parse("同比" + word + "7件"))
        .isEqualTo(
            Change.of(direction, Quantity.parse("7件"), ChangeBase.SAME_PERIOD_PREVIOUS_YEAR));
  }

  @Test
  void parse_everyWordOfEveryDirectionIsListed() {
    List<String> words = new ArrayList<>();
    for (ChangeDirection direction : ChangeDirection.values()) {
      words.addAll(direction.words());
    }
    assertThat(words)
        .containsExactly("增长", "增加", "上升", "提高", "提升", "增多", "下降", "减少", "降低", "回落", "下滑", "持平");
  }

  @Test
  void parse_withoutBaseWord_isAgainstThePreviousYear() {
    assertThat(Change.parse("提高2.5个百分点"))
        .isEqualTo(
            Change.of(
                ChangeDirection.INCREASE, Quantity.parse("2.5个百分点"), ChangeBase.PREVIOUS_YEAR));
    assertThat(Change.parse("较去年增加7件")).isEqualTo(Change.parse("较上年增长7件"));
  }

  @Test
  void parse_withoutAmount_hasNone() {
    Change change = Change.parse("同比增长");
    assertThat(change.getAmount()).isEmpty();
    assertThat(change.getDirection()).isEqualTo(ChangeDirection.INCREASE);
  }

  @Test
  void parse_readsAnApproximateAmount() {
    assertThat(Change.parse("同比下降约10%").getAmount())
        .contains(
            Quantity.builder()
                .value(new BigDecimal("10"))
                .unit(Unit.PERCENT)
                .approximation(Approximation.ABOUT)
                .build());
  }

  @Test
  void parse_rejectsUnchangedWithAnAmount() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Change.parse("同比持平3件"))
        .withMessage("an unchanged figure (持平) has no amount: 3件");
  }

  @Test
  void parse_rejectsANegativeAmount() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Change.parse("同比增长-3%"))
        .withMessage("the amount of a change is >= 0, its direction gives the sign: -3%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "同比", "12.5%", "较上年", "同比变化12.5%", "同比有所", "12.5%增长"})
  void parse_rejectsTextWithoutADirection(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Change.parse(text))
        .withMessage(
            "not a change: \"" + text + "\" (expected for example \"同比增长12.5%\" or \"较上年减少7件\")");
  }

  @Test
  void parse_rejectsAnAmountThatIsNoFigure() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Change.parse("同比增长了"))
        .withMessage("not a change: \"同比增长了\" (the amount \"了\" is no figure)");
  }

  // ---- toString()

  @ParameterizedTest
  @CsvSource({
    "INCREASE, 12.5%, SAME_PERIOD_PREVIOUS_YEAR, 同比增长12.5%",
    "DECREASE, 7件, PREVIOUS_YEAR, 较上年减少7件",
    "INCREASE, 2.5个百分点, PREVIOUS_YEAR, 较上年提高2.5个百分点",
    "DECREASE, 2.5个百分点, PREVIOUS_YEAR, 较上年降低2.5个百分点",
    "DECREASE, 3.2%, PREVIOUS_PERIOD, 环比下降3.2%",
    "INCREASE, 700余件, PREVIOUS_YEAR, 较上年增加700余件",
  })
  void toString_isBaseWordDirectionWordAndAmount(
      ChangeDirection direction, String amount, ChangeBase base, String text) {
    Change change = Change.of(direction, Quantity.parse(amount), base);
    assertThat(change).hasToString(text);
    assertThat(Change.parse(change.toString())).isEqualTo(change);
  }

  @Test
  void toString_ofUnchanged_isBaseWordAndUnchangedWord() {
    Change unchanged = Change.builder().direction(ChangeDirection.UNCHANGED).build();
    assertThat(unchanged).hasToString("较上年持平");
    assertThat(Change.parse(unchanged.toString())).isEqualTo(unchanged);
  }

  @Test
  void toString_writesTheCanonicalWordsOfTheAmountsKind() {
    assertThat(Change.parse("较去年增长7件")).hasToString("较上年增加7件");
    assertThat(Change.parse("比上年下降7件")).hasToString("较上年减少7件");
    assertThat(Change.parse("与上年相比增长2.5个百分点")).hasToString("较上年提高2.5个百分点");
    assertThat(Change.parse("降低8.1%")).hasToString("较上年下降8.1%");
    assertThat(Change.parse("同比增长")).hasToString("同比增加");
  }

  @Test
  void parse_readsYouSuoBeforeTheDirection() {
    assertThat(Change.parse("同比有所增长"))
        .isEqualTo(
            Change.builder()
                .direction(ChangeDirection.INCREASE)
                .base(ChangeBase.SAME_PERIOD_PREVIOUS_YEAR)
                .build());
    assertThat(Change.parse("有所下降10%")).isEqualTo(Change.parse("下降10%"));
  }

  // ---- getKind()

  @ParameterizedTest
  @CsvSource({
    "同比增长12.5%, RELATIVE",
    "提高2.5个百分点, PERCENTAGE_POINTS",
    "较上年减少7件, ABSOLUTE",
    "较上年增长7, ABSOLUTE",
    "同比增长约10%, RELATIVE",
  })
  void getKind_followsTheUnitOfTheAmount(String text, Change.Kind kind) {
    assertThat(Change.parse(text).getKind()).isEqualTo(kind);
  }

  @Test
  void getKind_withoutAmount_isAbsolute() {
    assertThat(Change.parse("同比持平").getKind()).isEqualTo(Change.Kind.ABSOLUTE);
    assertThat(Change.parse("同比增长").getKind()).isEqualTo(Change.Kind.ABSOLUTE);
  }

  // ---- ChangeBase, ChangeDirection

  @Test
  void base_isPreviousYear_forSameMonthsAndPreviousYear_notPreviousPeriod() {
    assertThat(ChangeBase.SAME_PERIOD_PREVIOUS_YEAR.isPreviousYear()).isTrue();
    assertThat(ChangeBase.PREVIOUS_YEAR.isPreviousYear()).isTrue();
    assertThat(ChangeBase.PREVIOUS_PERIOD.isPreviousYear()).isFalse();
  }

  @Test
  void fromWords_andFromWord_findOnlyWholeWords() {
    assertThat(ChangeBase.fromWords("较去年")).contains(ChangeBase.PREVIOUS_YEAR);
    assertThat(ChangeBase.fromWords("较")).isEmpty();
    assertThat(ChangeDirection.fromWord("回落")).contains(ChangeDirection.DECREASE);
    assertThat(ChangeDirection.fromWord("增")).isEmpty();
  }
}
