package org.fazhi.report.figure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A change a report states for a figure against a base period, as written: {@code 同比下降8.1%}, {@code
 * 较上年减少7件}, {@code 较上年提高2.5个百分点}, {@code 同比持平}. The direction carries the sign; the amount is never
 * negative and may be absent (同比有所增长).
 *
 * <p>What the amount means follows from its unit ({@link #getKind()}): percent of the base value
 * ({@code 12.5%}), percentage points between two rates ({@code 2.5个百分点}), or a difference in the
 * figure's own unit ({@code 7件}).
 *
 * <p>The canonical text is the base word, the direction word of the amount's kind and the amount:
 * {@code 同比增长12.5%}, {@code 较上年减少7件}, {@code 较上年提高2.5个百分点} ({@link ChangeDirection#word(Kind)});
 * {@code Change.parse(c.toString())} equals {@code c}. Parsing reads every spelling of {@link
 * ChangeBase} and {@link ChangeDirection} (较去年增长7件), and 有所 before the direction (同比有所增长); without
 * a base word the base is the previous year.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"direction", "amount", "base"})
@JsonModel
public abstract class Change implements WithChange {
  private static final Pattern TEXT =
      Pattern.compile(
          "(?<base>"
              + alternatives(Stream.of(ChangeBase.values()).flatMap(b -> b.words().stream()))
              + ")?(?:有所)?(?<direction>"
              + alternatives(Stream.of(ChangeDirection.values()).flatMap(d -> d.words().stream()))
              + ")(?<amount>.*)");

  /** How a change's amount relates the two values. */
  public enum Kind {
    /** Percent of the base value: 增长12.5%. */
    RELATIVE,
    /** Percentage points between two rates: 提高2.5个百分点. */
    PERCENTAGE_POINTS,
    /** A difference in the figure's own unit: 减少7件. */
    ABSOLUTE
  }

  /** Which way the figure moved. */
  public abstract ChangeDirection getDirection();

  /** How much, as written, never negative; absent when the report gives no amount. */
  public abstract Optional<@Valid Quantity> getAmount();

  /** What the change is measured against; the previous year unless the report says otherwise. */
  @Value.Default
  public ChangeBase getBase() {
    return ChangeBase.PREVIOUS_YEAR;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A change of {@code amount} in {@code direction} against {@code base}. */
  public static Change of(ChangeDirection direction, Quantity amount, ChangeBase base) {
    return builder().direction(direction).amount(amount).base(base).build();
  }

  /**
   * The change written as {@code text}: {@code "同比增长12.5%"}, {@code "较上年减少7件"}, {@code
   * "提高2.5个百分点"}, {@code "同比持平"}, {@code "同比下降约10%"}.
   */
  public static Change parse(CharSequence text) {
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not a change: \""
              + text
              + "\" (expected for example \"同比增长12.5%\" or"
              + " \"较上年减少7件\")");
    }
    Builder builder =
        builder().direction(ChangeDirection.fromWord(matcher.group("direction")).orElseThrow());
    if (matcher.group("base") != null) {
      builder.base(ChangeBase.fromWords(matcher.group("base")).orElseThrow());
    }
    String amount = matcher.group("amount");
    if (!amount.isEmpty()) {
      try {
        builder.amount(Quantity.parse(amount));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "not a change: \"" + text + "\" (the amount \"" + amount + "\" is no figure)", e);
      }
    }
    return builder.build();
  }

  /**
   * What the amount means, from its unit; {@link Kind#ABSOLUTE} for an amount without a unit, and
   * for a change without an amount.
   */
  @JsonIgnore
  public Kind getKind() {
    Optional<Unit> unit = getAmount().flatMap(Quantity::getUnit);
    if (unit.isPresent() && unit.get().equals(Unit.PERCENT)) {
      return Kind.RELATIVE;
    }
    if (unit.isPresent() && unit.get().equals(Unit.PERCENTAGE_POINT)) {
      return Kind.PERCENTAGE_POINTS;
    }
    return Kind.ABSOLUTE;
  }

  /** The canonical text: {@code 同比增长12.5%}. */
  @Override
  public String toString() {
    return getBase().word()
        + getDirection().word(getKind())
        + getAmount().map(Quantity::toString).orElse("");
  }

  @Value.Check
  void check() {
    Invariants.check(
        getDirection() != ChangeDirection.UNCHANGED || getAmount().isEmpty(),
        "amount",
        () -> "an unchanged figure (持平) has no amount: " + getAmount().get());
    Invariants.check(
        getAmount().map(a -> a.getValue().signum() >= 0).orElse(true),
        "amount",
        () -> "the amount of a change is >= 0, its direction gives the sign: " + getAmount().get());
  }

  private static String alternatives(Stream<String> words) {
    List<String> sorted = new ArrayList<>(words.collect(Collectors.toList()));
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return sorted.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  /** Builds a {@link Change}. */
  public static final class Builder extends ImmutableChange.Builder {
    Builder() {}
  }
}
