package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the importer cuts its input into lines: every line break of Unicode ends a line, as Java's
 * {@code \R} does, and line numbers in errors count the same breaks.
 */
class SourceTextLinesTest {

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029"})
  void everyLineBreakOfUnicode_endsALine(String lineBreak) {
    List<SourceText.Line> lines = SourceText.lines("标题" + lineBreak + "  第二行" + lineBreak);
    assertThat(lines).extracting(SourceText.Line::text).containsExactly("标题", "第二行");
    assertThat(lines.get(1).number()).isEqualTo(2);
    assertThat(lines.get(1).column()).isEqualTo(3);
  }

  @Property(tries = 500)
  void linesAreWhatJavasLineBreakMatcherSplits(@ForAll("textWithBreaks") String text) {
    List<String> expected =
        java.util.Arrays.stream(text.split("\\R", -1))
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
    assertThat(SourceText.lines(text)).extracting(SourceText.Line::text).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> textWithBreaks() {
    return Arbitraries.strings().withChars("阳高县 \n\r\u000B\f\u0085\u2028\u2029a1").ofMaxLength(40);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\u000B", "\u2028"})
  void aControlCharacter_isLocatedOnTheLineTheBreaksCount(String lineBreak) {
    assertThatThrownBy(() -> SourceText.check("一" + lineBreak + "二" + lineBreak + "三\u0001", "t"))
        .isInstanceOf(ReportTextException.class)
        .hasMessageContaining("control character U+0001 at line 3, column 2");
  }
}
