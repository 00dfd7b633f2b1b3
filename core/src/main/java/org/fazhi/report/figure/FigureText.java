package org.fazhi.report.figure;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical text of a figure, split into its parts: approximation marker, number, scale, unit.
 * Shared by the {@code parse} factories of the figure types.
 */
final class FigureText {
  private static final Pattern CANONICAL =
      Pattern.compile(
          "(?<before>将近|接近|近|大约|约|超过|超)?"
              + "(?<number>-?\\d+(?:\\.\\d+)?)"
              + "(?<scale>亿|千万|百万|万|千)?"
              + "(?<after>余|多)?"
              + "(?<unit>.*?)"
              + "(?<afterUnit>以上)?");

  final Approximation approximation;
  final BigDecimal number;
  final Scale scale;
  final String unit;

  private FigureText(Approximation approximation, BigDecimal number, Scale scale, String unit) {
    this.approximation = approximation;
    this.number = number;
    this.scale = scale;
    this.unit = unit;
  }

  /**
   * Splits {@code text}; fails with a message naming {@code type} and the text when it is not a
   * figure.
   */
  static FigureText parse(CharSequence text, String type) {
    Matcher matcher = CANONICAL.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          notA(type) + ": \"" + text + "\" (expected for example " + example(type) + ")");
    }
    String before = matcher.group("before");
    String after = matcher.group("after");
    String afterUnit = matcher.group("afterUnit");
    int markers = (before == null ? 0 : 1) + (after == null ? 0 : 1) + (afterUnit == null ? 0 : 1);
    if (markers > 1) {
      throw new IllegalArgumentException(
          notA(type) + ": \"" + text + "\" (more than one approximation marker)");
    }
    String marker = before != null ? before : after != null ? after : afterUnit;
    Approximation approximation =
        marker == null ? Approximation.EXACT : Approximation.fromMarker(marker).orElseThrow();
    Scale scale = Scale.fromMarker(Optional.ofNullable(matcher.group("scale")).orElse(""));
    return new FigureText(
        approximation, new BigDecimal(matcher.group("number")), scale, matcher.group("unit"));
  }

  /** Writes a figure in canonical form: 近30人, 700余件, 1481.6万元, 30人以上. */
  static String format(Approximation approximation, BigDecimal number, Scale scale, String unit) {
    StringBuilder text = new StringBuilder();
    if (approximation.position() == Approximation.Position.BEFORE_NUMBER) {
      text.append(approximation.marker());
    }
    text.append(number.toPlainString()).append(scale.marker());
    if (approximation.position() == Approximation.Position.AFTER_NUMBER) {
      text.append(approximation.marker());
    }
    text.append(unit);
    if (approximation.position() == Approximation.Position.AFTER_UNIT) {
      text.append(approximation.marker());
    }
    return text.toString();
  }

  private static String notA(String type) {
    return type.equals("money") ? "not money" : "not a " + type;
  }

  private static String example(String type) {
    switch (type) {
      case "count":
        return "\"35\" or \"700余\"";
      case "rate":
        return "\"58%\" or \"95%以上\"";
      case "money":
        return "\"1481.6万元\"";
      default:
        return "\"700余件\" or \"1.19万人\"";
    }
  }
}
