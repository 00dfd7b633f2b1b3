package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * An official document number (发文字号): the issuer's abbreviation, the year and the serial, as in
 * {@code 同法治办〔2024〕6号}.
 *
 * <p>The canonical text uses the hexagonal brackets 〔〕 of GB/T 9704; {@link #parse} also reads the
 * square and round brackets that web copies often use. In JSON a string.
 */
@Value.Immutable(builder = false, copy = false)
@ModelStyle
public abstract class DocumentNumber {
  private static final Pattern TEXT =
      Pattern.compile(
          "(?<issuer>.+?)[〔\\[\\uFF3B【(\\uFF08](?<year>[0-9]{4})[〕\\]\\uFF3D】)\\uFF09]"
              + "(?<serial>[0-9]{1,10})号");

  /** The issuer's abbreviation (机关代字): {@code 同法治办}. */
  @Value.Parameter
  public abstract String getIssuerCode();

  /** The year: 2024. */
  @Value.Parameter
  public abstract int getYear();

  /** The serial within the year: 6. */
  @Value.Parameter
  public abstract int getSerial();

  /** The number {@code issuerCode〔year〕serial号}. */
  public static DocumentNumber of(String issuerCode, int year, int serial) {
    return ImmutableDocumentNumber.of(issuerCode, year, serial);
  }

  /** The number written as {@code text}: {@code "同法治办〔2024〕6号"}. */
  @JsonCreator
  public static DocumentNumber parse(CharSequence text) {
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not a document number: \"" + text + "\" (expected for example \"同法治办〔2024〕6号\")");
    }
    long serial = Long.parseLong(matcher.group("serial"));
    if (serial > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "not a document number: \"" + text + "\" (the serial is too large)");
    }
    return of(matcher.group("issuer"), Integer.parseInt(matcher.group("year")), (int) serial);
  }

  /** The canonical text: {@code "同法治办〔2024〕6号"}. */
  @JsonValue
  @Override
  public String toString() {
    return getIssuerCode() + "〔" + getYear() + "〕" + getSerial() + "号";
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getIssuerCode(), "issuerCode");
    Invariants.check(
        getYear() >= 1000 && getYear() <= 9999,
        "year",
        () -> "a year has four digits: " + getYear());
    Invariants.check(getSerial() >= 0, "serial", () -> "a serial is >= 0: " + getSerial());
  }
}
