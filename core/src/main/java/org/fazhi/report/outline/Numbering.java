package org.fazhi.report.outline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A section's label as written — {@code 一、}, {@code (一)}, {@code 1、}, {@code 一是} — with the style
 * and ordinal it writes. The three always agree: a label that does not write its ordinal in its
 * style is rejected.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"style", "ordinal", "label"})
@JsonModel
public abstract class Numbering implements WithNumbering {

  /** How the label is written. */
  public abstract NumberingStyle getStyle();

  /** The ordinal the label writes, from one: 3 for {@code (三)}. */
  public abstract int getOrdinal();

  /** The label exactly as written; the style's canonical label by default. */
  @Value.Default
  public String getLabel() {
    return getStyle().label(getOrdinal());
  }

  /** The canonical label of the {@code ordinal}-th item in {@code style}. */
  public static Numbering of(NumberingStyle style, int ordinal) {
    return ImmutableNumbering.builder().style(style).ordinal(ordinal).build();
  }

  /** The numbering that {@code label} writes: {@code "(一)"}, {@code "１．"}, {@code "二是"}. */
  public static Numbering parse(String label) {
    NumberingStyle style =
        NumberingStyle.of(label)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "not an outline label: \""
                            + label
                            + "\" (expected for example 一、 (一) 1. 一是)"));
    return ImmutableNumbering.builder()
        .style(style)
        .ordinal(style.ordinal(label).getAsInt())
        .label(label)
        .build();
  }

  /** The label. */
  @Override
  public String toString() {
    return getLabel();
  }

  @Value.Check
  void check() {
    Invariants.check(getOrdinal() >= 1, "ordinal", () -> "ordinals count from 1: " + getOrdinal());
    Invariants.check(
        getStyle().ordinal(getLabel()).equals(java.util.OptionalInt.of(getOrdinal())),
        "label",
        () ->
            "label \""
                + getLabel()
                + "\" does not write "
                + getStyle()
                + " ordinal "
                + getOrdinal());
  }
}
