package org.fazhi.report.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The canonical text of a figure, split into its parts: approximation marker, number, scale, unit.
 * Shared by the {@code parse} factories of the figure types.
 *
 * <p>A marker is read at every place {@link Approximation#spellings(Approximation.Position)}
 * allows: before the number (近30, 不超过3天), after the number or after its scale word (300余万元, 15万余件),
 * after the unit (30人以上, 5个工作日以内); at most one marker per figure.
 */
final class FigureText {
  private static final Pattern CANONICAL =
      Pattern.compile(
          "(?<before>"
              + spellings(Approximation.Position.BEFORE_NUMBER)
              + ")?"
              + "(?<number>-?\\d+(?:\\.\\d+)?)"
              + "(?<afterNumber>"
              + spellings(Approximation.Position.AFTER_NUMBER)
              + ")?"
              + "(?<scale>亿|千万|百万|万|千)?"
              + "(?<afterScale>"
              + spellings(Approximation.Position.AFTER_NUMBER)
              + ")?"
              + "(?<unit>.*?)"
              + "(?<afterUnit>"
              + spellings(Approximation.Position.AFTER_UNIT)
              + ")?");

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
    String marker = null;
    for (String group : MARKER_GROUPS) {
      String found = matcher.group(group);
      if (found != null && marker != null) {
        throw new IllegalArgumentException(
            notA(type) + ": \"" + text + "\" (more than one approximation marker)");
      }
      marker = found != null ? found : marker;
    }
    Approximation approximation =
        marker == null ? Approximation.EXACT : Approximation.fromMarker(marker).orElseThrow();
    Scale scale = Scale.fromMarker(Optional.ofNullable(matcher.group("scale")).orElse(""));
    return new FigureText(
        approximation, new BigDecimal(matcher.group("number")), scale, matcher.group("unit"));
  }

  /** Writes a figure in canonical form: 近30人, 700余件, 300余万元, 15余万件, 1481.6万元, 30人以上, 5个工作日以内. */
  static String format(Approximation approximation, BigDecimal number, Scale scale, String unit) {
    StringBuilder text = new StringBuilder();
    if (approximation.position() == Approximation.Position.BEFORE_NUMBER) {
      text.append(approximation.marker());
    }
    text.append(number.toPlainString());
    if (approximation.position() == Approximation.Position.AFTER_NUMBER) {
      text.append(approximation.marker());
    }
    text.append(scale.marker()).append(unit);
    if (approximation.position() == Approximation.Position.AFTER_UNIT) {
      text.append(approximation.marker());
    }
    return text.toString();
  }

  private static final List<String> MARKER_GROUPS =
      List.of("before", "afterNumber", "afterScale", "afterUnit");

  /** The spellings written at {@code position}, longest first, as a regular expression. */
  private static String spellings(Approximation.Position position) {
    List<String> spellings = new ArrayList<>();
    for (Approximation approximation : Approximation.values()) {
      spellings.addAll(approximation.spellings(position));
    }
    spellings.sort(Comparator.comparingInt(String::length).reversed());
    return spellings.stream().map(Pattern::quote).collect(Collectors.joining("|"));
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
