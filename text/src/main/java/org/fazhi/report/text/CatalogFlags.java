package org.fazhi.report.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.outline.SectionId;

/**
 * What a report says of its major-decision catalog without a figure: that the catalog was made
 * public ({@code 向社会公开2024年度重大行政决策事项目录}, or not: {@code 尚未公开…目录}) and that rules of procedure were
 * issued ({@code 制定出台《和顺县重大行政决策程序规定》}). The first statement of each counts.
 */
final class CatalogFlags {
  private static final Pattern PUBLISHED =
      Pattern.compile("(未|没有)?(?:向社会)?(?:公开|公布|发布|印发)[^\uFF0C,。\uFF1B;]{0,16}?(?:决策事项目录|事项目录)");
  private static final Pattern PROCEDURE_RULES =
      Pattern.compile(
          "(?:出台|制定|印发|修订|完善)[^\uFF0C,。\uFF1B;]{0,24}?(?:决策程序规定|决策程序规则|决策程序实施办法|决策程序暂行办法)");

  private Boolean published;
  private Boolean procedureRulesIssued;
  private SectionId section;

  void read(Sentence s) {
    String text = s.text;
    if (text.indexOf("目录") < 0 && text.indexOf("程序") < 0) {
      return;
    }
    Matcher m = PUBLISHED.matcher(text);
    if (published == null && text.indexOf("目录") >= 0 && m.find()) {
      published = m.group(1) == null;
      section = section == null ? s.section : section;
    }
    if (procedureRulesIssued == null
        && text.indexOf("程序") >= 0
        && PROCEDURE_RULES.matcher(text).find()) {
      procedureRulesIssued = true;
      section = section == null ? s.section : section;
    }
  }

  Optional<Boolean> published() {
    return Optional.ofNullable(published);
  }

  Optional<Boolean> procedureRulesIssued() {
    return Optional.ofNullable(procedureRulesIssued);
  }

  /** The section of the first statement, where the catalog has no figures of its own. */
  Optional<SectionId> section() {
    return Optional.ofNullable(section);
  }
}
