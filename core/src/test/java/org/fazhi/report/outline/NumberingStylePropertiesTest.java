package org.fazhi.report.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.figure.ChineseNumerals;

/**
 * Each style reads exactly the labels its grammar describes — written here as the regular
 * expressions the styles once matched — with the ordinal the numeral in it writes.
 */
class NumberingStylePropertiesTest {
  private static final String NUMERAL = "[一二三四五六七八九十百零〇]+";
  private static final String SEPARATOR = "[、.．,\\uFF0C]";

  private static final Map<NumberingStyle, Pattern> GRAMMAR =
      Map.of(
          NumberingStyle.CHINESE, Pattern.compile("(" + NUMERAL + ")" + SEPARATOR),
          NumberingStyle.PARENTHESIZED_CHINESE,
              Pattern.compile("[(\\uFF08](" + NUMERAL + ")[)\\uFF09]" + SEPARATOR + "?"),
          NumberingStyle.ARABIC, Pattern.compile("([0-9０-９]{1,4})" + SEPARATOR),
          NumberingStyle.PARENTHESIZED_ARABIC,
              Pattern.compile("[(\\uFF08]([0-9０-９]{1,4})[)\\uFF09]" + SEPARATOR + "?"),
          NumberingStyle.CIRCLED, Pattern.compile("([①-⑳㉑-㉟㊱-㊿])"),
          NumberingStyle.RUN_IN, Pattern.compile("(" + NUMERAL + ")是"));

  /** Short strings of the characters labels are made of, and a few others around them. */
  @Provide
  Arbitrary<String> nearLabels() {
    return Arbitraries.strings()
        .withChars("一二三十百零〇两0123456789０１９、.．,，()（）是①⑳㉑㉟㊱㊿⓪a ")
        .ofMinLength(0)
        .ofMaxLength(7);
  }

  @Property(tries = 20_000)
  void everyStyle_readsExactlyItsGrammar(@ForAll("nearLabels") String label) {
    for (Map.Entry<NumberingStyle, Pattern> style : GRAMMAR.entrySet()) {
      assertThat(style.getKey().ordinal(label))
          .as("%s reads %s", style.getKey(), label)
          .isEqualTo(oracle(style.getKey(), style.getValue(), label));
    }
  }

  @Property(tries = 2000)
  void everyLabelWritten_isReadBack(@ForAll("styles") NumberingStyle style, @ForAll int seed) {
    int limit =
        switch (style) {
          case ARABIC, PARENTHESIZED_ARABIC -> 9999;
          case CIRCLED -> 50;
          default -> 999;
        };
    int ordinal = 1 + Math.floorMod(seed, limit);
    assertThat(style.ordinal(style.label(ordinal))).hasValue(ordinal);
  }

  @Provide
  Arbitrary<NumberingStyle> styles() {
    return Arbitraries.of(NumberingStyle.class);
  }

  private static OptionalInt oracle(NumberingStyle style, Pattern grammar, String label) {
    Matcher matcher = grammar.matcher(label);
    if (!matcher.matches()) {
      return OptionalInt.empty();
    }
    String number = matcher.group(1);
    long value =
        switch (style) {
          case ARABIC, PARENTHESIZED_ARABIC -> {
            int digits = 0;
            for (char c : number.toCharArray()) {
              digits = digits * 10 + Character.digit(c, 10);
            }
            yield digits;
          }
          case CIRCLED -> circled(number.charAt(0));
          default -> ChineseNumerals.parse(number).orElse(0);
        };
    return value >= 1 && value <= Integer.MAX_VALUE
        ? OptionalInt.of((int) value)
        : OptionalInt.empty();
  }

  private static int circled(char c) {
    for (int ordinal = 1; ordinal <= 50; ordinal++) {
      if (NumberingStyle.CIRCLED.label(ordinal).charAt(0) == c) {
        return ordinal;
      }
    }
    throw new AssertionError("not circled: " + c);
  }
}
