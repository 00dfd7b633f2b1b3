package org.fazhi.report.figure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * Whose figure a figure is when it is not the issuer's own: context a report quotes from a higher
 * level (全省共办理…, 全国…) or from another body. A figure without a scope is the issuer's own; roll-ups
 * add only those.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"level", "label"})
@JsonModel
public abstract class Scope implements WithScope {

  /** The level or kind of body the figure belongs to. */
  public abstract ScopeLevel getLevel();

  /** The words as written, where they say more than the level: {@code 大同市}, {@code 市司法局}. */
  public abstract Optional<String> getLabel();

  /** The scope {@code level}, without words of its own. */
  public static Scope of(ScopeLevel level) {
    return ImmutableScope.builder().level(level).build();
  }

  /** The scope {@code level}, written {@code label}. */
  public static Scope of(ScopeLevel level, String label) {
    return ImmutableScope.builder().level(level).label(label).build();
  }

  /** The words as written, or the level's word: {@code 全省}. */
  @Override
  public String toString() {
    return getLabel().orElse(getLevel().word());
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getLabel(), "label");
  }
}
