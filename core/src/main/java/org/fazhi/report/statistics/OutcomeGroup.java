package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.SortedSet;
import org.fazhi.report.figure.Count;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * Several reconsideration decision kinds published as one count: {@code 作出撤销、变更、确认违法等纠错决定14件} is
 * the kinds revoke, change and confirm unlawful, an open list ({@code 等}: other kinds may be in
 * it), labelled 纠错决定, 14 cases.
 *
 * <p>Validation checks a group against the kinds it lists that the report also states apart (it
 * holds at least their sum; exactly their sum when its list is closed and every kind is stated),
 * and counts it toward the outcomes of closed cases.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"kinds", "open", "label", "count"})
@JsonModel
public abstract class OutcomeGroup implements WithOutcomeGroup {

  /** The decision kinds the report lists for the group. */
  @Value.NaturalOrder
  public abstract SortedSet<ReconsiderationDecision> getKinds();

  /** Whether the list is open ({@code 等}): the group may hold kinds it does not list. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isOpen() {
    return false;
  }

  /** What the report calls the group, if anything: {@code 纠错决定}. */
  public abstract Optional<String> getLabel();

  /** The cases of all the group's kinds together. */
  public abstract @Valid Count getCount();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether every case in the group corrects the act: every listed kind is a correction (an open
   * list is taken to go on in kind: 撤销、变更等纠错决定).
   */
  @JsonIgnore
  public boolean isCorrective() {
    return getKinds().stream().allMatch(ReconsiderationDecision::isCorrection);
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getLabel(), "label");
    Invariants.check(
        getKinds().size() >= (isOpen() ? 1 : 2),
        "kinds",
        () ->
            isOpen()
                ? "an outcome group lists at least one kind"
                : "a closed outcome group lists at least two kinds (one kind is an outcome): "
                    + getKinds());
    Invariants.check(
        getKinds().stream().noneMatch(ReconsiderationDecision::isBeforeAcceptance),
        "kinds",
        () ->
            "an outcome group holds outcomes of accepted cases, not what happens before"
                + " acceptance (RESOLVED_BEFORE_ACCEPTANCE, TRANSFERRED): "
                + getKinds());
  }

  /** Builds an {@link OutcomeGroup}. */
  public static final class Builder extends ImmutableOutcomeGroup.Builder {
    Builder() {}
  }
}
