package org.fazhi.report.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SectionId#parse} reads exactly the canonical texts: the grammar written as a regular
 * expression, and positions no larger than {@link Integer#MAX_VALUE}; whatever it reads it writes
 * back unchanged.
 */
class SectionIdPropertiesTest {
  private static final Pattern GRAMMAR = Pattern.compile("s[1-9][0-9]{0,9}(\\.[1-9][0-9]{0,9})*");

  @Provide
  Arbitrary<String> nearIds() {
    Arbitrary<String> position =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 40).map(String::valueOf),
            Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(12),
            Arbitraries.of("2147483647", "2147483648", "9999999999", "01", "0"));
    Arbitrary<String> id = position.list().ofMinSize(0).ofMaxSize(5).map(p -> String.join(".", p));
    return Arbitraries.oneOf(
        id.map(s -> "s" + s),
        Combinators.combine(id, Arbitraries.of(".", " ", "x", "..", "s"))
            .as((s, tail) -> "s" + s + tail),
        Arbitraries.strings().withChars("s0123456789.S- ").ofMaxLength(14));
  }

  @Property(tries = 3000)
  void parse_readsExactlyTheGrammar(@ForAll("nearIds") String text) {
    Throwable refused = catchThrowable(() -> SectionId.parse(text));
    boolean canonical = GRAMMAR.matcher(text).matches() && positionsFitAnInt(text);
    assertThat(refused == null).as("read %s", text).isEqualTo(canonical);
    if (canonical) {
      assertThat(SectionId.parse(text)).hasToString(text);
    } else {
      assertThat(refused)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a section id: \"" + text + "\" (expected for example \"s1.2.3\")");
    }
  }

  private static boolean positionsFitAnInt(String text) {
    for (String position : text.substring(1).split("\\.")) {
      if (new BigInteger(position).compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
        return false;
      }
    }
    return true;
  }
}
