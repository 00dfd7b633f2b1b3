package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.report.decision.DecisionCatalog;
import org.junit.jupiter.api.Test;

class CatalogFlagsTest {

  private static CatalogFlags read(String... sentences) {
    CatalogFlags flags = new CatalogFlags();
    for (int i = 0; i < sentences.length; i++) {
      flags.read(Sentences.of(sentences[i], i + 1));
    }
    return flags;
  }

  @Test
  void aCatalogMadePublic_isPublished() {
    assertThat(read("向社会公开2024年度重大行政决策事项目录5项。").published()).hasValue(true);
    assertThat(read("县政府公布年度重大行政决策事项目录8项。").published()).hasValue(true);
  }

  @Test
  void aCatalogNotYetMadePublic_isNotPublished() {
    assertThat(read("年度重大行政决策事项目录尚未公开发布，目录编制工作仍在推进。").published()).isEmpty();
    assertThat(read("部分乡镇未公布决策事项目录。").published()).hasValue(false);
  }

  @Test
  void rulesOfProcedureIssued_inATitleOrNot() {
    assertThat(read("制定出台《和顺县重大行政决策程序规定》。").procedureRulesIssued()).hasValue(true);
    assertThat(read("修订完善重大行政决策程序规定。").procedureRulesIssued()).hasValue(true);
  }

  @Test
  void aSentenceOnSomethingElse_saysNothing() {
    CatalogFlags flags = read("全年受理行政复议案件35件。", "严格落实行政执法程序。");
    assertThat(flags.published()).isEmpty();
    assertThat(flags.procedureRulesIssued()).isEmpty();
  }

  @Test
  void theFirstStatementCounts() {
    assertThat(read("公布决策事项目录6项。", "部分乡镇未公布决策事项目录。").published()).hasValue(true);
  }

  @Test
  void anExcerptStatingBoth_buildsACatalogWithBoth_andItsFigures() {
    DecisionCatalog catalog =
        ReportText.parseExcerpt(
                "出台《孝义市重大行政决策程序规定》，公布年度重大行政决策事项目录6项，已作出决策4项。", ExcerptContext.none().withYear(2024))
            .getReport()
            .getDecisions()
            .getCatalog()
            .orElseThrow();
    assertThat(catalog.getPublished()).hasValue(true);
    assertThat(catalog.getProcedureRulesIssued()).hasValue(true);
    assertThat(catalog.getDeclared())
        .hasValueSatisfying(c -> assertThat(c.toString()).isEqualTo("6"));
  }
}
