package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * The searches a sentence answers for every figure (which clause holds a character, whether a
 * figure lies in a span) give what a scan from the start gives: they replaced scans that grew with
 * the square of a long sentence.
 */
class SentenceSearchTest {
  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of("受理", "35件", "，", "；", "：", "、", "近三年", "1,309件", "三十五件", "12.5%", "。")
        .list()
        .ofMaxSize(40)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void clauseIndex_isTheFirstClauseEndingAfterTheCharacter(@ForAll("sentences") String text) {
    Sentence sentence = Sentences.of(text);
    List<Clauses.Clause> clauses = Clauses.of(text);
    for (int at = 0; at <= text.length(); at++) {
      int expected = clauses.size() - 1;
      for (int i = 0; i < clauses.size(); i++) {
        if (at < clauses.get(i).end()) {
          expected = i;
          break;
        }
      }
      assertThat(sentence.clauseIndex(at)).as("at %d of %s", at, text).isEqualTo(expected);
      assertThat(sentence.clauseAt(at)).isEqualTo(clauses.get(expected));
    }
  }

  @Property(tries = 300)
  void hasFigure_isWhetherAnyFigureOverlapsTheSpan(@ForAll("sentences") String text) {
    Sentence sentence = Sentences.of(text);
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        boolean expected = false;
        for (Figure f : sentence.figures()) {
          expected |= f.start() < to && f.end() > from;
        }
        assertThat(sentence.hasFigure(from, to))
            .as("[%d, %d) of %s", from, to, text)
            .isEqualTo(expected);
      }
    }
  }
}
