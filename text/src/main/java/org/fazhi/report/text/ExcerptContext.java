package org.fazhi.report.text;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.fazhi.report.ReportingPeriod;

/**
 * What the caller knows about an excerpt that the excerpt does not say: who issued it, the year or
 * period it covers, a title. Everything is optional; a year or period the excerpt itself writes is
 * used when none is given. Immutable: each {@code with…} method returns a new context.
 *
 * <pre>{@code
 * ExcerptContext context = ExcerptContext.none().withIssuer("平遥县司法局").withYear(2024);
 * TextImport imported = ReportText.parseExcerpt(paragraph, context);
 * }</pre>
 */
public final class ExcerptContext {
  private static final ExcerptContext NONE = new ExcerptContext(null, null, null, null);

  private final String issuer;
  private final Integer year;
  private final ReportingPeriod period;
  private final String title;

  private ExcerptContext(String issuer, Integer year, ReportingPeriod period, String title) {
    this.issuer = issuer;
    this.year = year;
    this.period = period;
    this.title = title;
  }

  /** A context that gives nothing: the excerpt must write its year. */
  public static ExcerptContext none() {
    return NONE;
  }

  /** The issuer's name, as the report would sign it: {@code 平遥县人民政府}. */
  public ExcerptContext withIssuer(String issuer) {
    return new ExcerptContext(nonBlank(issuer, "issuer"), year, period, title);
  }

  /** The calendar year the excerpt covers. */
  public ExcerptContext withYear(int year) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("a reporting year has four digits: " + year);
    }
    return new ExcerptContext(issuer, year, period, title);
  }

  /** The days the excerpt covers, when not one calendar year: {@code 上半年}, a term. */
  public ExcerptContext withPeriod(ReportingPeriod period) {
    return new ExcerptContext(issuer, year, Objects.requireNonNull(period, "period"), title);
  }

  /** The title the imported report carries; by default one made from the issuer and year. */
  public ExcerptContext withTitle(String title) {
    return new ExcerptContext(issuer, year, period, nonBlank(title, "title"));
  }

  /** The issuer's name, if given. */
  public Optional<String> getIssuer() {
    return Optional.ofNullable(issuer);
  }

  /** The calendar year, if given. */
  public OptionalInt getYear() {
    return year == null ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** The period, if given; it takes precedence over the year. */
  public Optional<ReportingPeriod> getPeriod() {
    return Optional.ofNullable(period);
  }

  /** The title, if given. */
  public Optional<String> getTitle() {
    return Optional.ofNullable(title);
  }

  private static String nonBlank(String value, String name) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value.strip();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExcerptContext c
        && Objects.equals(issuer, c.issuer)
        && Objects.equals(year, c.year)
        && Objects.equals(period, c.period)
        && Objects.equals(title, c.title);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issuer, year, period, title);
  }

  @Override
  public String toString() {
    return "ExcerptContext{issuer="
        + issuer
        + ", year="
        + year
        + ", period="
        + period
        + ", title="
        + title
        + "}";
  }
}
