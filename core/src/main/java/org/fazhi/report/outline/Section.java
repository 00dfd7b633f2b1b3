package org.fazhi.report.outline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A node of the report's outline: its label and heading as written, its paragraphs, its child
 * sections, and — where known — the statutory part it corresponds to.
 *
 * <p>Layout is kept so that the document renders back exactly: a node either starts a new line or,
 * when {@link #isRunIn() run in}, continues the line before it ({@code …提升。二是注重抓好统筹推进。}); an {@link
 * HeadingPlacement#INLINE inline} heading shares its line with the first paragraph. The paragraphs
 * come before the children; text after the last child belongs to that child.
 *
 * <p>A section has a label, a heading, or both. Its id ({@link SectionId}) follows from its
 * position in the {@link Outline}.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"numbering", "heading", "runIn", "part", "paragraphs", "children"})
@JsonModel
public abstract class Section implements WithSection {

  /** The label, if the section is numbered. */
  public abstract Optional<@Valid Numbering> getNumbering();

  /** The heading, if the section has one. */
  public abstract Optional<@Valid Heading> getHeading();

  /** Whether the section continues the line before it instead of starting a new one. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isRunIn() {
    return false;
  }

  /** The statutory part the section corresponds to, if it corresponds to one. */
  public abstract Optional<StatutoryPart> getPart();

  /** The paragraphs before the first child, each as written, without line breaks. */
  public abstract List<String> getParagraphs();

  /** The child sections, in document order. */
  public abstract List<@Valid Section> getChildren();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The label and heading as written: {@code "(一)强化政治统领,统筹推进法治政府建设"}. */
  public String title() {
    return getNumbering().map(Numbering::getLabel).orElse("")
        + getHeading().map(Heading::written).orElse("");
  }

  /**
   * How many sections deep an outline may be: 30, the deepest {@code ReportJson} reads within its
   * nesting limit. A builder refuses a deeper section, so that what is built can be written, read
   * back, validated and rendered (a 10,000-deep outline overflowed the stack of all three).
   */
  public static final int MAX_DEPTH = 30;

  /** This section and its deepest descendants: 1 for a section without children. */
  @Value.Lazy
  int depth() {
    int deepest = 0;
    for (Section child : getChildren()) {
      deepest = Math.max(deepest, child.depth());
    }
    return deepest + 1;
  }

  @Value.Check
  void check() {
    Invariants.check(
        getNumbering().isPresent() || getHeading().isPresent(),
        "",
        () -> "a section has a label, a heading, or both");
    Invariants.check(
        depth() <= MAX_DEPTH,
        "children",
        () -> "an outline is at most " + MAX_DEPTH + " sections deep: " + depth());
    Invariants.noBlankElements(getParagraphs(), "paragraphs");
  }

  /** Builds a {@link Section}. */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
