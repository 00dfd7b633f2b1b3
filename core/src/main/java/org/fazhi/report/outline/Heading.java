package org.fazhi.report.outline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A section's heading as written, without its label: the text, where it stands, and the punctuation
 * that ends it when it runs into the text ({@code 。}).
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"text", "placement", "terminator"})
@JsonModel
public abstract class Heading implements WithHeading {

  /** The heading's words, without label or terminator: {@code 推动政府职能优化高效}. */
  public abstract String getText();

  /** Where the heading stands. */
  public abstract HeadingPlacement getPlacement();

  /** The punctuation written after the heading, if any: {@code 。} for an inline heading. */
  public abstract Optional<String> getTerminator();

  /** A heading on a line of its own, without terminator. */
  public static Heading ownLine(String text) {
    return ImmutableHeading.builder().text(text).placement(HeadingPlacement.OWN_LINE).build();
  }

  /** A heading that runs into its text, ended by {@code terminator} ({@code "。"}). */
  public static Heading inline(String text, String terminator) {
    return ImmutableHeading.builder()
        .text(text)
        .placement(HeadingPlacement.INLINE)
        .terminator(terminator)
        .build();
  }

  /** The heading as written: text and terminator. */
  public String written() {
    return getText() + getTerminator().orElse("");
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getText(), "text");
    Invariants.notBlank(getTerminator(), "terminator");
  }
}
