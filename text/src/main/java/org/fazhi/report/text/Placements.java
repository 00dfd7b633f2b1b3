package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Where every figure of the text went: each is recorded once, placed in a block field, made an
 * indicator, taken as the qualifier of another figure, or left unplaced with the reason. Recording
 * a figure claims it in its sentence, so no other reader places it again.
 */
final class Placements {
  final List<TextFigure> figures = new ArrayList<>();
  final List<Indicator> indicators = new ArrayList<>();
  private final List<ImportWarning> warnings = new ArrayList<>();
  private final java.util.Map<String, TextFigure> bySentence = new java.util.HashMap<>();

  /** Where the figure {@code index} of {@code s} went, if it was recorded. */
  java.util.Optional<TextFigure> placement(Sentence s, int index) {
    return java.util.Optional.ofNullable(bySentence.get(s.id + ":" + index));
  }

  /** Warns about the sentence's character {@code at}, with its line and column. */
  void warn(Sentence s, ImportWarning.Kind kind, int at, String message) {
    warnings.add(ImportWarning.of(kind, message, s.line(), s.column(at)));
  }

  /** The warnings about single figures, in the order they were found. */
  List<ImportWarning> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Records the figure {@code index} of {@code s}, and a count that qualifies it ({@code
   * 有1名以上…的…达100%}).
   */
  void record(Sentence s, int index, TextFigure.Placement placement, String target, String reason) {
    Figure f = s.figures().get(index);
    ImmutableTextFigure.Builder figure =
        TextFigure.builder()
            .text(f.written())
            .quantity(f.quantity())
            .line(s.line())
            .column(s.column(f.start()))
            .sentence(s.text)
            .placement(placement);
    if (s.section != null) {
      figure.section(s.section);
    }
    if (target != null) {
      figure.target(target);
    }
    if (reason != null) {
      figure.reason(reason);
    }
    TextFigure built = figure.build();
    figures.add(built);
    bySentence.put(s.id + ":" + index, built);
    s.claimed[index] = true;
    if (placement != TextFigure.Placement.QUALIFIER
        && index > 0
        && !s.claimed[index - 1]
        && isQualifierOf(s, index - 1, index)) {
      if (target == null) {
        record(
            s,
            index - 1,
            TextFigure.Placement.UNPLACED,
            null,
            "it qualifies a figure that could not be placed");
      } else {
        record(s, index - 1, TextFigure.Placement.QUALIFIER, target, null);
      }
    }
  }

  /**
   * Records a fact read by a pattern rather than from a scanned figure (a zero, a meeting's
   * session).
   */
  void recordFact(Sentence s, String text, Quantity quantity, int at, String target) {
    ImmutableTextFigure.Builder figure =
        TextFigure.builder()
            .text(text)
            .quantity(quantity)
            .line(s.line())
            .column(s.column(at))
            .sentence(s.text)
            .placement(TextFigure.Placement.BLOCK)
            .target(target);
    if (s.section != null) {
      figure.section(s.section);
    }
    figures.add(figure.build());
  }

  /** Claims the unclaimed figure whose number holds {@code at} for {@code target}. */
  void claim(Sentence s, int at, String target) {
    int index = s.unclaimedFigureAt(at);
    if (index >= 0) {
      record(s, index, TextFigure.Placement.BLOCK, target, null);
    }
  }

  /** Whether figure {@code index} qualifies the next one, which is not yet placed. */
  static boolean qualifiesNext(Sentence s, int index) {
    return !(index + 1 < s.figures().size() && s.claimed[index + 1]) && qualifies(s, index) >= 0;
  }

  /** Whether figure {@code qualifier} is the qualifier of figure {@code figure}. */
  static boolean isQualifierOf(Sentence s, int qualifier, int figure) {
    return qualifies(s, qualifier) == figure;
  }

  /**
   * The rate a count qualifies — the 1 of {@code 有1名以上“法律明白人”的行政村达100%} is part of what the rate
   * counts — as its index, or -1.
   */
  private static int qualifies(Sentence s, int index) {
    List<Figure> all = s.figures();
    Figure f = all.get(index);
    if (f.isPercent() || index + 1 >= all.size()) {
      return -1;
    }
    Figure next = all.get(index + 1);
    String between = s.text.substring(f.end(), next.start());
    if (!next.isPercent()
        || !between.contains("的")
        || f.start() == 0
        || s.text.charAt(f.start() - 1) != '有') {
      return -1;
    }
    for (char c : between.toCharArray()) {
      if (Clauses.isSoft(c)) {
        return -1;
      }
    }
    return index + 1;
  }
}
