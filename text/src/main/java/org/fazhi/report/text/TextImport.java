package org.fazhi.report.text;

import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.report.Report;
import org.immutables.value.Value;

/**
 * What {@link ReportText#parse(String)} read from a report's published text: the typed {@link
 * Report}, and everything that did not become part of it, so that nothing is lost silently — every
 * figure found with where it went (unplaced ones with the reason), the lines that could not be
 * attached to the outline, the page furniture dropped, and warnings.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ResultStyle
public abstract class TextImport {

  /** The report read. */
  public abstract Report getReport();

  /** Every figure found in the text, in document order, with where it went. */
  public abstract List<TextFigure> getFigures();

  /** Lines that could not be attached to the outline, in document order; they are not rendered. */
  public abstract List<TextSpan> getUnattachedText();

  /**
   * Page furniture dropped: lines a web page adds around the report ({@code 扫一扫在手机上查看当前页面}, {@code
   * 打印本页}, {@code 【字体\uFF1A大 中 小】}, {@code 发布时间\uFF1A…}, the title again when the page repeats it),
   * in document order.
   */
  public abstract List<TextSpan> getFurniture();

  /** What was read only partly or assumed, in the order the import met it. */
  public abstract List<ImportWarning> getWarnings();

  /** The figures that could not be placed. */
  public List<TextFigure> getUnplacedFigures() {
    return getFigures().stream()
        .filter(f -> f.getPlacement() == TextFigure.Placement.UNPLACED)
        .collect(Collectors.toUnmodifiableList());
  }

  /** How many figures went to {@code placement}. */
  public long count(TextFigure.Placement placement) {
    return getFigures().stream().filter(f -> f.getPlacement() == placement).count();
  }

  /** Whether the import lost nothing: no unplaced figure, no unattached text, no warning at all. */
  public boolean isComplete() {
    return getWarnings().isEmpty()
        && getUnattachedText().isEmpty()
        && getUnplacedFigures().isEmpty();
  }

  static ImmutableTextImport.Builder builder() {
    return ImmutableTextImport.builder();
  }
}
