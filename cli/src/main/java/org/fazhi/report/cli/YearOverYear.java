package org.fazhi.report.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.facts.Fact;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.ChangeDirection;
import org.fazhi.report.figure.Quantity;

/**
 * The facts of two reports side by side, by the key that names the same figure in both (concept,
 * dimension, member, basis, scope): each value, the change, the percent change, and whether a
 * change the newer report states agrees with the two values.
 *
 * <p>Arithmetic follows the figures' bounds: only two exact values give a change and a percent; a
 * stated change is checked only then, within the rounding of its last written digit.
 */
final class YearOverYear {
  private YearOverYear() {}

  /** One figure in both years, or in one of them. */
  record Row(String key, Optional<Fact> before, Optional<Fact> after) {
    String beforeText() {
      return before.map(YearOverYear::value).orElse("");
    }

    String afterText() {
      return after.map(YearOverYear::value).orElse("");
    }

    /** {@code appeared}, {@code vanished} or empty. */
    String presence() {
      return before.isEmpty() ? "appeared" : after.isEmpty() ? "vanished" : "";
    }

    Optional<BigDecimal> change() {
      return exact(before).flatMap(b -> exact(after).map(a -> a.subtract(b)));
    }

    Optional<BigDecimal> percent() {
      Optional<BigDecimal> base = exact(before).filter(b -> b.signum() != 0);
      return base.flatMap(
          b ->
              change()
                  .map(
                      c -> c.multiply(BigDecimal.valueOf(100)).divide(b, 1, RoundingMode.HALF_UP)));
    }

    /** The change the newer report states for this figure, as written, if any. */
    Optional<Change> stated() {
      return after.flatMap(Fact::getChange);
    }

    /**
     * {@code agrees}, {@code differs (computed …)} or empty when the stated change cannot be
     * checked (no amount, a percentage-point change of a non-rate, an approximate value, no earlier
     * value).
     */
    String check() {
      Optional<Change> stated = stated().filter(c -> c.getAmount().isPresent());
      if (stated.isEmpty() || change().isEmpty()) {
        return "";
      }
      Change change = stated.get();
      Quantity amount = change.getAmount().get();
      if (!amount.isExact()) {
        return "";
      }
      BigDecimal claimed = amount.getValue();
      if (change.getDirection() == ChangeDirection.DECREASE) {
        claimed = claimed.negate();
      }
      BigDecimal computed;
      switch (change.getKind()) {
        case RELATIVE -> {
          Optional<BigDecimal> base = exact(before).filter(b -> b.signum() != 0);
          if (base.isEmpty()) {
            return "";
          }
          computed =
              change()
                  .get()
                  .multiply(BigDecimal.valueOf(100))
                  .divide(base.get(), claimed.scale() + 2, RoundingMode.HALF_UP);
        }
        case ABSOLUTE, PERCENTAGE_POINTS -> computed = change().get();
        default -> throw new IllegalStateException(change.getKind().name());
      }
      BigDecimal halfUnit =
          BigDecimal.ONE.movePointLeft(Math.max(claimed.scale(), 0)).divide(BigDecimal.valueOf(2));
      boolean agrees = computed.subtract(claimed).abs().compareTo(halfUnit) <= 0;
      // One digit more than the report wrote, so that 12.5 against a stated 20 shows as 12.5.
      String shown =
          computed.setScale(Math.max(claimed.scale(), 0) + 1, RoundingMode.HALF_UP).toPlainString();
      return agrees ? "agrees" : "differs (computed " + shown + ")";
    }
  }

  /** The rows of {@code before} and {@code after}, in the order of {@code after}, then vanished. */
  static List<Row> rows(List<Fact> before, List<Fact> after) {
    Map<String, Fact> earlier = keyed(before);
    Map<String, Fact> later = keyed(after);
    List<Row> rows = new ArrayList<>();
    later.forEach(
        (key, fact) ->
            rows.add(new Row(key, Optional.ofNullable(earlier.get(key)), Optional.of(fact))));
    earlier.forEach(
        (key, fact) -> {
          if (!later.containsKey(key)) {
            rows.add(new Row(key, Optional.of(fact), Optional.empty()));
          }
        });
    return rows;
  }

  /** Facts by key; a key that repeats (one emergency after another) gets #2, #3, … */
  static Map<String, Fact> keyed(List<Fact> facts) {
    Map<String, Fact> keyed = new LinkedHashMap<>();
    for (Fact fact : facts) {
      String key = key(fact);
      String unique = key;
      for (int n = 2; keyed.containsKey(unique); n++) {
        unique = key + " #" + n;
      }
      keyed.put(unique, fact);
    }
    return keyed;
  }

  static String key(Fact fact) {
    StringBuilder key = new StringBuilder(fact.getConcept().id());
    fact.getDimension().ifPresent(d -> key.append(' ').append(d));
    fact.getMember().ifPresent(m -> key.append('=').append(m));
    fact.getBasis().ifPresent(b -> key.append(" of ").append(b.name()));
    fact.getScope()
        .ifPresent(
            s ->
                key.append(" in ")
                    .append(s.getLevel().name())
                    .append(s.getLabel().map(l -> " " + l).orElse("")));
    return key.toString();
  }

  /** The value as bounds: {@code 35}, or {@code [700, )} for 700余. */
  static String value(Fact fact) {
    Optional<BigDecimal> low = fact.getLowerBound();
    Optional<BigDecimal> high = fact.getUpperBound();
    if (low.isPresent() && low.equals(high)) {
      return low.get().toPlainString();
    }
    return "["
        + low.map(BigDecimal::toPlainString).orElse("")
        + ", "
        + high.map(BigDecimal::toPlainString).orElse("")
        + "]";
  }

  private static Optional<BigDecimal> exact(Optional<Fact> fact) {
    return fact.flatMap(
        f ->
            f.getLowerBound().isPresent() && f.getLowerBound().equals(f.getUpperBound())
                ? f.getLowerBound()
                : Optional.empty());
  }
}
