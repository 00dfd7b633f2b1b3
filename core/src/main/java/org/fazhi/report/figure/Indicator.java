package org.fazhi.report.figure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * A figure that has no dedicated typed block: what was counted, in the report's words, and the
 * quantity as written — {@code 划转事项} 237项, {@code 项目总投资} 1481.6万元, {@code 防火隔离带} 300多公里.
 *
 * <p>An optional {@link #getCode() code} from the caller's own vocabulary (lower-case words joined
 * by dots or hyphens, such as {@code approval.items-transferred}) makes indicators comparable
 * across reports. An indicator may also say more about its figure: the typed {@link #getConcept()
 * concept} it restates (a count in the overview that its block states again), whose figure it is
 * when not the issuer's own ({@link #getScope() scope}: 全省…), the {@link #getPeriod() period} it
 * covers when not the report's (近三年累计), and the {@link #getChange() change} stated with it.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"label", "quantity", "code", "concept", "scope", "period", "change", "section"})
@JsonModel
public abstract class Indicator implements WithIndicator, Anchored {

  /** What was counted, in the report's words: {@code 划转事项}. */
  public abstract String getLabel();

  /** The figure as written. */
  public abstract @Valid Quantity getQuantity();

  /** A code from the caller's vocabulary, if assigned. */
  public abstract Optional<String> getCode();

  /**
   * The typed figure this indicator states again, where it is one: the same fact, reported a second
   * time (in the overview, or in another section). Validation checks that both agree.
   */
  public abstract Optional<Concept> getConcept();

  /** Whose figure it is, when not the issuer's own: 全省, 全国, a higher authority's. */
  public abstract Optional<@Valid Scope> getScope();

  /** The days the figure covers, when not the report's period: 近三年, 2021—2025年. */
  public abstract Optional<@Valid ReportingPeriod> getPeriod();

  /** The change stated with the figure (同比增长12.5%). */
  public abstract Optional<@Valid Change> getChange();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The indicator {@code label}: {@code quantity}, as in {@code Indicator.of("划转事项", "237项")}. */
  public static Indicator of(String label, String quantity) {
    return builder().label(label).quantity(Quantity.parse(quantity)).build();
  }

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

  @Value.Check
  void check() {
    Invariants.notBlank(getLabel(), "label");
    getCode()
        .ifPresent(
            code ->
                Invariants.check(
                    CODE.matcher(code).matches(),
                    "code",
                    () ->
                        "an indicator code is lower-case words joined by dots or hyphens: \""
                            + code
                            + "\""));
    getConcept()
        .ifPresent(
            concept ->
                Invariants.check(
                    concept.isSingle(),
                    "concept",
                    () -> "an indicator restates a concept of one figure, not " + concept));
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
