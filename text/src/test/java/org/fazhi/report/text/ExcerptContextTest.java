package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.fazhi.report.ReportingPeriod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExcerptContextTest {
  private static final ReportingPeriod FIRST_HALF =
      ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));

  @Test
  void none_givesNothing() {
    ExcerptContext none = ExcerptContext.none();
    assertThat(none.getIssuer()).isEmpty();
    assertThat(none.getYear()).isEqualTo(OptionalInt.empty());
    assertThat(none.getPeriod()).isEmpty();
    assertThat(none.getTitle()).isEmpty();
    assertThat(ExcerptContext.none()).isSameAs(none);
  }

  @Nested
  class Withers {
    @Test
    void eachWither_returnsANewContext_andLeavesTheOriginalUnchanged() {
      ExcerptContext none = ExcerptContext.none();
      ExcerptContext issued = none.withIssuer("平遥县司法局");
      assertThat(issued).isNotSameAs(none);
      assertThat(none.getIssuer()).isEmpty();
      ExcerptContext dated = issued.withYear(2024);
      assertThat(issued.getYear()).isEmpty();
      assertThat(dated.getYear()).hasValue(2024);
      assertThat(dated.getIssuer()).contains("平遥县司法局");
    }

    @Test
    void withers_keepEverythingElse() {
      ExcerptContext context =
          ExcerptContext.none()
              .withIssuer("平遥县人民政府")
              .withYear(2024)
              .withPeriod(FIRST_HALF)
              .withTitle("上半年法治工作情况");
      assertThat(context.getIssuer()).contains("平遥县人民政府");
      assertThat(context.getYear()).hasValue(2024);
      assertThat(context.getPeriod()).contains(FIRST_HALF);
      assertThat(context.getTitle()).contains("上半年法治工作情况");
    }

    @Test
    void aLaterWither_replacesItsOwnValueOnly() {
      ExcerptContext context = ExcerptContext.none().withIssuer("甲县").withYear(2023).withYear(2024);
      assertThat(context.getYear()).hasValue(2024);
      assertThat(context.getIssuer()).contains("甲县");
    }

    @Test
    void issuerAndTitle_areStripped() {
      ExcerptContext context = ExcerptContext.none().withIssuer("  平遥县司法局\u3000").withTitle(" 标题 ");
      assertThat(context.getIssuer()).contains("平遥县司法局");
      assertThat(context.getTitle()).contains("标题");
    }
  }

  @Nested
  class Validation {
    @ParameterizedTest
    @ValueSource(ints = {0, 999, 10000, -2024, 24})
    void aYearWithoutFourDigits_isRefused(int year) {
      assertThatThrownBy(() -> ExcerptContext.none().withYear(year))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a reporting year has four digits: " + year);
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 2024, 9999})
    void aFourDigitYear_isTaken(int year) {
      assertThat(ExcerptContext.none().withYear(year).getYear()).hasValue(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000\t"})
    void aBlankIssuerOrTitle_isRefused(String blank) {
      assertThatThrownBy(() -> ExcerptContext.none().withIssuer(blank))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("issuer is blank");
      assertThatThrownBy(() -> ExcerptContext.none().withTitle(blank))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("title is blank");
    }

    @Test
    void nulls_areRefused_namingWhat() {
      assertThatNullPointerException()
          .isThrownBy(() -> ExcerptContext.none().withIssuer(null))
          .withMessage("issuer");
      assertThatNullPointerException()
          .isThrownBy(() -> ExcerptContext.none().withTitle(null))
          .withMessage("title");
      assertThatNullPointerException()
          .isThrownBy(() -> ExcerptContext.none().withPeriod(null))
          .withMessage("period");
    }
  }

  @Nested
  class Equality {
    @Test
    void contextsWithTheSameValues_areEqual_withTheSameHashCode() {
      ExcerptContext a =
          ExcerptContext.none().withIssuer("甲县").withYear(2024).withPeriod(FIRST_HALF);
      ExcerptContext b =
          ExcerptContext.none().withPeriod(FIRST_HALF).withYear(2024).withIssuer(" 甲县 ");
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void contextsThatDifferInAnyValue_areNotEqual() {
      ExcerptContext base = ExcerptContext.none().withIssuer("甲县").withYear(2024);
      assertThat(base).isNotEqualTo(base.withIssuer("乙县"));
      assertThat(base).isNotEqualTo(base.withYear(2023));
      assertThat(base).isNotEqualTo(base.withPeriod(FIRST_HALF));
      assertThat(base).isNotEqualTo(base.withTitle("标题"));
      assertThat(base).isNotEqualTo(ExcerptContext.none());
      assertThat(base).isNotEqualTo("甲县");
      assertThat(base).isNotEqualTo(null);
    }

    @Test
    void toString_namesEveryValue() {
      assertThat(ExcerptContext.none().withIssuer("甲县").withYear(2024))
          .hasToString("ExcerptContext{issuer=甲县, year=2024, period=null, title=null}");
    }
  }

  @Test
  void getters_returnOptionals_neverNull() {
    ExcerptContext context = ExcerptContext.none().withTitle("标题");
    assertThat(context.getTitle()).isEqualTo(Optional.of("标题"));
    assertThat(context.getIssuer()).isNotNull().isEmpty();
  }

  @Property
  void equalYears_makeEqualContexts(
      @ForAll @IntRange(min = 1000, max = 9999) int x,
      @ForAll @IntRange(min = 1000, max = 9999) int y) {
    ExcerptContext a = ExcerptContext.none().withYear(x);
    ExcerptContext b = ExcerptContext.none().withYear(y);
    assertThat(a.equals(b)).isEqualTo(x == y);
    if (x == y) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }
}
