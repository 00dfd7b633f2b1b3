package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Change;
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
  Arbitrary<Count> approximateCounts() {
    return ReportArbitraries.counts().filter(c -> !c.getApproximation().isExact());
  }

  @Provide
  Arbitrary<Quantity> approximateQuantities() {
    return ReportArbitraries.quantities().filter(q -> !q.isExact());
  }

  @Provide
  Arbitrary<Rate> approximateRates() {
    return ReportArbitraries.writtenRates().filter(r -> !r.getApproximation().isExact());
  }

  @Provide
  Arbitrary<Money> approximateMoney() {
    return ReportArbitraries.money().filter(m -> !m.getApproximation().isExact());
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

  @Provide
  Arbitrary<Change> changes() {
    return ReportArbitraries.changes();
  }

  @Property
  void change(@ForAll("changes") Change change) {
    assertThat(Change.parse(change.toString())).isEqualTo(change);
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

  /**
   * Every spelling of a count's marker, wherever it may stand (1.2万余 and 1.2余万), reads back as the
   * count.
   */
  @Property
  void count_readsEverySpelling(@ForAll("approximateCounts") Count count) {
    for (String text :
        spellings(
            count.getApproximation(),
            count.getValue().toPlainString(),
            count.getScale().marker(),
            "")) {
      assertThat(Count.parse(text)).as(text).isEqualTo(count);
    }
  }

  /** 300余万元 and 300万余元, 不超过3天 and 3天以下: each spelling, in each place, is one quantity. */
  @Property
  void quantity_readsEverySpelling(@ForAll("approximateQuantities") Quantity quantity) {
    String unit = quantity.getUnit().map(Unit::getSymbol).orElse("");
    for (String text :
        spellings(
            quantity.getApproximation(),
            quantity.getValue().toPlainString(),
            quantity.getScale().marker(),
            unit)) {
      assertThat(Quantity.parse(text)).as(text).isEqualTo(quantity);
    }
  }

  @Property
  void rate_readsEverySpelling(@ForAll("approximateRates") Rate rate) {
    for (String text :
        spellings(rate.getApproximation(), rate.getPercent().toPlainString(), "", "%")) {
      assertThat(Rate.parse(text)).as(text).isEqualTo(rate);
    }
  }

  @Property
  void money_readsEverySpelling(@ForAll("approximateMoney") Money money) {
    for (String text :
        spellings(
            money.getApproximation(),
            money.getAmount().toPlainString(),
            money.getUnit().scale().marker(),
            "元")) {
      assertThat(Money.parse(text)).as(text).isEqualTo(money);
    }
  }

  /**
   * The figure written with every spelling of {@code approximation} at every place it may stand:
   * before the number, after the number, after the scale word, after the unit.
   */
  private static List<String> spellings(
      Approximation approximation, String number, String scale, String unit) {
    assertThat(approximation.spellings()).isNotEmpty();
    List<String> texts = new ArrayList<>();
    for (String marker : approximation.spellings(Approximation.Position.BEFORE_NUMBER)) {
      texts.add(marker + number + scale + unit);
    }
    for (String marker : approximation.spellings(Approximation.Position.AFTER_NUMBER)) {
      texts.add(number + marker + scale + unit);
      texts.add(number + scale + marker + unit);
    }
    for (String marker : approximation.spellings(Approximation.Position.AFTER_UNIT)) {
      texts.add(number + scale + unit + marker);
    }
    return texts;
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
