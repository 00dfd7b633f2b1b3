package org.fazhi.report.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.validation.Rule;

/**
 * The rules of the administrative division: the code is well formed, its province exists, and its
 * level and the division's name agree with the declared level.
 */
public final class AdministrativeDivisionValidator extends RulesValidator<AdministrativeDivision> {
  /** The province-level codes of GB/T 2260: 31 provinces, Taiwan, Hong Kong and Macao. */
  static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  /**
   * Name endings that name a level unambiguously, longest first (自治县 before 县). 市 and 区 are missing
   * on purpose: a 市 may be a prefecture or a county, a 区 a district or a 地区.
   */
  static final List<Map.Entry<String, DivisionLevel>> NAME_ENDINGS =
      List.of(
          Map.entry("自治区", DivisionLevel.PROVINCE),
          Map.entry("自治州", DivisionLevel.PREFECTURE),
          Map.entry("自治县", DivisionLevel.COUNTY),
          Map.entry("自治旗", DivisionLevel.COUNTY),
          Map.entry("街道", DivisionLevel.TOWNSHIP),
          Map.entry("地区", DivisionLevel.PREFECTURE),
          Map.entry("省", DivisionLevel.PROVINCE),
          Map.entry("盟", DivisionLevel.PREFECTURE),
          Map.entry("县", DivisionLevel.COUNTY),
          Map.entry("旗", DivisionLevel.COUNTY),
          Map.entry("乡", DivisionLevel.TOWNSHIP),
          Map.entry("镇", DivisionLevel.TOWNSHIP));

  @Override
  void check(AdministrativeDivision d, Checks checks) {
    if (d.getCode().isPresent()) {
      DivisionCode code = d.getCode().get();
      String digits = code.getValue();
      if (!PROVINCES.contains(code.provincePart())) {
        checks
            .finding(Rule.DIVISION_CODE_PROVINCE_UNKNOWN)
            .at("code")
            .value("code", digits)
            .value("province", code.provincePart())
            .report();
      }
      boolean wellFormed =
          !(digits.substring(2, 4).equals("00") && !digits.substring(4, 6).equals("00"))
              && !(digits.length() == 9 && digits.endsWith("000"));
      if (!wellFormed) {
        checks.finding(Rule.DIVISION_CODE_FORMAT).at("code").value("code", digits).report();
      } else if (code.level() != d.getLevel()) {
        checks
            .finding(Rule.DIVISION_CODE_LEVEL_MISMATCH)
            .at("code")
            .value("code", digits)
            .value("codeLevel", code.level())
            .value("level", d.getLevel())
            .report();
      }
    }
    nameLevel(d.getName())
        .filter(level -> level != d.getLevel())
        .ifPresent(
            level ->
                checks
                    .finding(Rule.DIVISION_NAME_LEVEL_MISMATCH)
                    .at("level")
                    .value("name", d.getName())
                    .value("nameLevel", level)
                    .value("level", d.getLevel())
                    .report());
  }

  static Optional<DivisionLevel> nameLevel(String name) {
    String trimmed = name.strip();
    for (Map.Entry<String, DivisionLevel> ending : NAME_ENDINGS) {
      if (trimmed.endsWith(ending.getKey()) && trimmed.length() > ending.getKey().length()) {
        return Optional.of(ending.getValue());
      }
    }
    return Optional.empty();
  }
}
