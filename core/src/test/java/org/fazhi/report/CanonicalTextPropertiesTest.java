package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.fazhi.report.figure.ChineseNumerals;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.SectionId;

/**
 * Every type with a canonical text reads its own text back: {@code parse(x.toString()).equals(x)}.
 * The values are small and cheap, so each property runs jqwik's default 1000 tries.
 */
class CanonicalTextPropertiesTest {

  @Provide
  Arbitrary<Count> counts() {
    return ReportArbitraries.counts();
  }

  @Provide
  Arbitrary<Quantity> quantities() {
    return ReportArbitraries.quantities();
  }

  @Provide
  Arbitrary<Rate> rates() {
    return ReportArbitraries.writtenRates();
  }

  @Provide
  Arbitrary<Money> money() {
    return ReportArbitraries.money();
  }

  @Provide
  Arbitrary<Unit> units() {
    return Arbitraries.oneOf(
        ReportArbitraries.units(),
        Arbitraries.strings()
            .ofMinLength(1)
            .ofMaxLength(6)
            .filter(s -> !s.isBlank() && s.codePoints().noneMatch(Character::isDigit))
            .map(Unit::of));
  }

  @Provide
  Arbitrary<SectionId> sectionIds() {
    return ReportArbitraries.anySectionIds();
  }

  @Provide
  Arbitrary<DivisionCode> divisionCodes() {
    return ReportArbitraries.divisionCodes();
  }

  @Provide
  Arbitrary<DocumentNumber> documentNumbers() {
    return ReportArbitraries.documentNumbers();
  }

  @Provide
  Arbitrary<SchemaVersion> schemaVersions() {
    return ReportArbitraries.schemaVersions();
  }

  @Provide
  Arbitrary<Numbering> numberings() {
    return ReportArbitraries.numberings();
  }

  @Property
  void count(@ForAll("counts") Count count) {
    assertThat(Count.parse(count.toString())).isEqualTo(count);
  }

  @Property
  void quantity(@ForAll("quantities") Quantity quantity) {
    assertThat(Quantity.parse(quantity.toString())).isEqualTo(quantity);
  }

  @Property
  void rate(@ForAll("rates") Rate rate) {
    assertThat(Rate.parse(rate.toString())).isEqualTo(rate);
  }

  @Property
  void money(@ForAll("money") Money money) {
    assertThat(Money.parse(money.toString())).isEqualTo(money);
  }

  @Property
  void unit(@ForAll("units") Unit unit) {
    assertThat(Unit.parse(unit.toString())).isEqualTo(unit);
  }

  @Property
  void sectionId(@ForAll("sectionIds") SectionId id) {
    assertThat(SectionId.parse(id.toString())).isEqualTo(id);
  }

  @Property
  void divisionCode(@ForAll("divisionCodes") DivisionCode code) {
    assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
  }

  @Property
  void documentNumber(@ForAll("documentNumbers") DocumentNumber number) {
    assertThat(DocumentNumber.parse(number.toString())).isEqualTo(number);
  }

  @Property
  void schemaVersion(@ForAll("schemaVersions") SchemaVersion version) {
    assertThat(SchemaVersion.parse(version.toString())).isEqualTo(version);
  }

  @Property
  void numbering(@ForAll("numberings") Numbering numbering) {
    assertThat(Numbering.parse(numbering.toString())).isEqualTo(numbering);
  }

  @Property
  void numberingStyle_canonicalLabel(
      @ForAll NumberingStyle style, @ForAll @LongRange(min = 1, max = 50) long ordinal) {
    assertThat(Numbering.parse(style.label((int) ordinal)))
        .isEqualTo(Numbering.of(style, (int) ordinal));
  }

  @Property
  void chineseNumerals(@ForAll @LongRange(min = 0, max = 99_999_999) long value) {
    assertThat(ChineseNumerals.parse(ChineseNumerals.format(value))).hasValue(value);
  }
}
