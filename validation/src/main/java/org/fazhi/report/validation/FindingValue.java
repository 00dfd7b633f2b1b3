package org.fazhi.report.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.fazhi.report.figure.Count;

/**
 * A value a {@link Finding} involves, typed: a count as the report wrote it (700余), a decimal (a
 * percent, a magnitude, a computed sum), a date, a text (a division code, a label), or a term of
 * the model (a {@link org.fazhi.report.DivisionLevel}, a {@link
 * org.fazhi.report.outline.StatutoryPart}).
 *
 * <p>Immutable. Use {@code instanceof} to read one: {@code if (value instanceof
 * FindingValue.CountValue c) c.count()}.
 */
public sealed interface FindingValue {

  /** A count as written: exactly ({@code 35}) or approximately ({@code 700余}). */
  record CountValue(Count count) implements FindingValue {
    /** Fails for a null count. */
    public CountValue {
      Objects.requireNonNull(count, "count");
    }

    @Override
    public String toString() {
      return count.toString();
    }
  }

  /** An exact decimal: a percent as written, a computed value, a magnitude, degrees. */
  record DecimalValue(BigDecimal value) implements FindingValue {
    /** Fails for a null value. */
    public DecimalValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A date. */
  record DateValue(LocalDate date) implements FindingValue {
    /** Fails for a null date. */
    public DateValue {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String toString() {
      return date.toString();
    }
  }

  /** A text: a division code, a label as written, a section id. */
  record TextValue(String text) implements FindingValue {
    /** Fails for a null text. */
    public TextValue {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** A constant of one of the model's enums: {@code DivisionLevel.COUNTY}. */
  record TermValue(Enum<?> term) implements FindingValue {
    /** Fails for a null term. */
    public TermValue {
      Objects.requireNonNull(term, "term");
    }

    @Override
    public String toString() {
      return term.name();
    }
  }

  /** The count {@code count}. */
  static FindingValue of(Count count) {
    return new CountValue(count);
  }

  /** The decimal {@code value}. */
  static FindingValue of(BigDecimal value) {
    return new DecimalValue(value);
  }

  /** The date {@code date}. */
  static FindingValue of(LocalDate date) {
    return new DateValue(date);
  }

  /** The text {@code text}. */
  static FindingValue of(String text) {
    return new TextValue(text);
  }

  /** The term {@code term}. */
  static FindingValue of(Enum<?> term) {
    return new TermValue(term);
  }
}
