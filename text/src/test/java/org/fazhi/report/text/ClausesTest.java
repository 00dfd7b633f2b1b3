package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.text.Clauses.Clause;
import org.fazhi.report.text.Clauses.Window;
import org.fazhi.report.text.FigureScanner.Figure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClausesTest {

  private static String text(String sentence, Clause clause) {
    return sentence.substring(clause.start(), clause.end());
  }

  private static String window(String sentence, int index) {
    List<Figure> figures = FigureScanner.scan(sentence).figures();
    Window w = Clauses.window(sentence, figures, index);
    return sentence.substring(w.from(), w.to());
  }

  @Test
  void isHard_isExactlyMembershipOfHard_forEveryCharacter() {
    List<String> disagreeing = new java.util.ArrayList<>();
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      if (Clauses.isHard((char) c) != Clauses.HARD.indexOf((char) c) >= 0) {
        disagreeing.add(String.format("U+%04X", c));
      }
    }
    assertThat(disagreeing).isEmpty();
  }

  @Nested
  class Segmentation {
    @Test
    void sentence_fallsIntoClausesAtItsHardDelimiters_withoutTheDelimiters() {
      String s = "全年受理35件，办结30件；在办5件：其中2件中止。";
      assertThat(Clauses.of(s))
          .extracting(c -> text(s, c))
          .containsExactly("全年受理35件", "办结30件", "在办5件", "其中2件中止");
    }

    @Test
    void asciiCommaSemicolonAndColon_areHardDelimitersToo() {
      String s = "受理35件,办结30件;在办5件:完";
      assertThat(Clauses.of(s))
          .extracting(c -> text(s, c))
          .containsExactly("受理35件", "办结30件", "在办5件", "完");
    }

    @Test
    void enumerationComma_andBrackets_doNotEndAClause() {
      String s = "受理行政复议案件35件、行政诉讼案件12件（含上年结转3件）";
      assertThat(Clauses.of(s)).extracting(c -> text(s, c)).containsExactly(s);
    }

    @Test
    void textAfterTheLastDelimiter_isAClauseOfItsOwn() {
      String s = "受理35件，办结30件";
      assertThat(Clauses.of(s)).containsExactly(new Clause(0, 5), new Clause(6, 11));
    }

    @Test
    void emptySentence_hasOneEmptyClause() {
      assertThat(Clauses.of("")).containsExactly(new Clause(0, 0));
    }

    @Test
    void enumerationComma_isSoftButNotHard() {
      assertThat(Clauses.isHard('、')).isFalse();
      assertThat(Clauses.isSoft('、')).isTrue();
      assertThat(Clauses.isHard('\uFF0C')).isTrue();
      assertThat(Clauses.isSoft('\uFF0C')).isTrue();
      assertThat(Clauses.isSoft('\uFF08')).isTrue();
      assertThat(Clauses.isHard('。')).as("。 ends a sentence, not a clause within it").isFalse();
    }
  }

  @Nested
  class ClauseBounds {
    @Test
    void clauseStart_isRightAfterTheLastHardDelimiterBeforeAt() {
      String s = "受理35件，办结30件、在办5件";
      assertThat(Clauses.clauseStart(s, s.indexOf("在办"), 0)).isEqualTo(s.indexOf("办结"));
    }

    @Test
    void clauseStart_isNeverBeforeTheFloor() {
      String s = "受理35件办结30件";
      assertThat(Clauses.clauseStart(s, s.indexOf("办结"), 3)).isEqualTo(3);
    }

    @Test
    void clauseEnd_isTheNextHardDelimiterOrFullStop() {
      String s = "受理35件、办结30件，在办5件。后文";
      assertThat(Clauses.clauseEnd(s, 0)).isEqualTo(s.indexOf('\uFF0C'));
      assertThat(Clauses.clauseEnd(s, s.indexOf("在办"))).isEqualTo(s.indexOf('。'));
      assertThat(Clauses.clauseEnd(s, s.indexOf("后文"))).isEqualTo(s.length());
    }
  }

  @Nested
  class Windows {
    @Test
    void window_runsFromTheSoftDelimiterBefore_toTheOneAfter() {
      String s = "办理行政复议案件41件、行政应诉案件17件、法律援助案件5件";
      assertThat(window(s, 0)).isEqualTo("办理行政复议案件41件");
      assertThat(window(s, 1)).isEqualTo("行政应诉案件17件");
      assertThat(window(s, 2)).isEqualTo("法律援助案件5件");
    }

    @Test
    void window_isCutAtAConjunctionBetweenTwoFigures() {
      String s = "办结行政复议案件30件和行政诉讼案件12件";
      assertThat(window(s, 0)).isEqualTo("办结行政复议案件30件");
      assertThat(window(s, 1)).isEqualTo("行政诉讼案件12件");
    }

    @Test
    void window_takesTheLastConjunctionBefore_andTheFirstAfter() {
      String s = "受理35件以及办结和在办5件及其他7件";
      assertThat(window(s, 1)).isEqualTo("在办5件");
    }

    @Test
    void window_ofALoneFigure_isItsWholeClauseWithoutSoftDelimiters() {
      String s = "全年共收到行政复议申请35件";
      assertThat(window(s, 0)).isEqualTo(s);
    }

    @Test
    void window_stopsAtBrackets() {
      String s = "办理行政复议案件41件（含上年结转3件）";
      assertThat(window(s, 0)).isEqualTo("办理行政复议案件41件");
      assertThat(window(s, 1)).isEqualTo("含上年结转3件");
    }

    @Test
    void window_ofTheFirstFigure_ignoresAConjunctionBeforeIt() {
      String s = "行政复议和行政诉讼案件共41件";
      assertThat(window(s, 0)).isEqualTo(s);
    }
  }

  @Property
  void window_holdsItsFigure_andNeverReachesIntoANeighbouringFigure(
      @ForAll("figureSentences") String sentence) {
    List<Figure> figures = FigureScanner.scan(sentence).figures();
    for (int i = 0; i < figures.size(); i++) {
      Window w = Clauses.window(sentence, figures, i);
      Figure f = figures.get(i);
      assertThat(w.from()).isLessThanOrEqualTo(f.start());
      assertThat(w.to()).isGreaterThanOrEqualTo(f.end());
      if (i > 0) {
        assertThat(w.from()).isGreaterThanOrEqualTo(figures.get(i - 1).end());
      }
      if (i + 1 < figures.size()) {
        assertThat(w.to()).isLessThanOrEqualTo(figures.get(i + 1).start());
      }
    }
  }

  @Provide
  Arbitrary<String> figureSentences() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "受理", "行政复议案件", "12件", "5件", "36场", "98.5%", "、", "和", "及", "以及", "，", "（", "）", "办结",
            "其中", "与");
    return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  @Property
  void clauses_areInOrder_coverTheSentenceBetweenDelimiters_andHoldNoDelimiter(
      @ForAll("sentences") String sentence) {
    List<Clause> clauses = Clauses.of(sentence);
    assertThat(clauses).isNotEmpty();
    int expectedStart = 0;
    for (Clause clause : clauses) {
      assertThat(clause.start()).isEqualTo(expectedStart);
      assertThat(clause.end()).isBetween(clause.start(), sentence.length());
      for (int i = clause.start(); i < clause.end(); i++) {
        char c = sentence.charAt(i);
        assertThat(Clauses.isHard(c) || c == '。').as("a delimiter inside %s", clause).isFalse();
      }
      if (clause.end() < sentence.length()) {
        char end = sentence.charAt(clause.end());
        assertThat(Clauses.isHard(end) || end == '。').isTrue();
      }
      expectedStart = clause.end() + 1;
    }
    Clause last = clauses.get(clauses.size() - 1);
    assertThat(last.end() == sentence.length() || last.end() == sentence.length() - 1).isTrue();
  }

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.strings().withChars("受理件办结12，,；;：:、。（）()").ofMaxLength(30);
  }

  @Nested
  class Reach {
    @Test
    void aClauseStart_isFoundWithinTheReach() {
      String text = "全年受理案件35件，办结29件";
      assertThat(Clauses.clauseStart(text, text.indexOf("29"), 0)).isEqualTo(text.indexOf("办结"));
      assertThat(Clauses.clauseEnd(text, 0)).isEqualTo(text.indexOf('，'));
    }

    @Test
    void aRunWithoutDelimiter_isCutAtTheReach() {
      String text = "件".repeat(1000) + "35";
      int at = text.indexOf("35");
      assertThat(Clauses.clauseStart(text, at, 0)).isEqualTo(at - Clauses.REACH);
      assertThat(Clauses.clauseEnd(text, 0)).isEqualTo(Clauses.REACH);
    }

    @Test
    void theReach_isAtLeastTwiceTheLongestClauseOfTheYanggaoReport() throws Exception {
      String report;
      try (var in = ClausesTest.class.getResourceAsStream("yanggao-2024.txt")) {
        report = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      int longest = 0;
      for (String clause : report.split("[，,；;：:。\\n]")) {
        longest = Math.max(longest, clause.length());
      }
      assertThat(longest).isEqualTo(123);
      assertThat(Clauses.REACH).isGreaterThanOrEqualTo(2 * longest);
    }
  }
}
