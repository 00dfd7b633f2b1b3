package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.figure.ScopeLevel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScopesTest {
  private static final Optional<Scope> OWN = Optional.empty();

  private static Scopes of(String name, DivisionLevel level) {
    return new Scopes(
        Optional.of(AdministrativeDivision.builder().name(name).level(level).build()));
  }

  private static Scopes county() {
    return of("平遥县", DivisionLevel.COUNTY);
  }

  /** The scope of each clause of {@code text}, asked in order as the figure reader does. */
  private static List<Optional<Scope>> scopes(Scopes scopes, String text) {
    return scopes(scopes, Sentences.of(text, 1));
  }

  private static List<Optional<Scope>> scopes(Scopes scopes, Sentence s) {
    List<Optional<Scope>> all = new ArrayList<>();
    for (int c = 0; c < s.clauses.size(); c++) {
      all.add(scopes.of(s, c));
    }
    return all;
  }

  @Nested
  class Levels {
    @Test
    void 全省_forACounty_isSomeoneElses() {
      assertThat(scopes(county(), "全省共办理行政复议案件1000件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.PROVINCE)));
    }

    @Test
    void 全市_forACounty_isThePrefectures() {
      assertThat(scopes(county(), "全市共受理1000件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.PREFECTURE)));
    }

    @Test
    void 全市_forACountyLevel市_isItsOwn() {
      assertThat(scopes(of("介休市", DivisionLevel.COUNTY), "全市共受理行政复议案件35件。")).containsExactly(OWN);
    }

    @Test
    void 全县_forACounty_isItsOwn() {
      assertThat(scopes(county(), "全县共受理行政复议案件35件。")).containsExactly(OWN);
    }

    @Test
    void 全市_forAPrefecture_isItsOwn_but全省_isNot() {
      Scopes prefecture = of("大同市", DivisionLevel.PREFECTURE);
      assertThat(scopes(prefecture, "全市共受理35件。")).containsExactly(OWN);
      assertThat(scopes(prefecture, "全省共受理1000件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.PROVINCE)));
    }

    @Test
    void 全国_isSomeoneElses_evenForAProvince() {
      assertThat(scopes(of("山西省", DivisionLevel.PROVINCE), "全国共受理1000件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.NATIONAL)));
    }

    @Test
    void aLevelWrittenOtherwise_keepsItsWords() {
      assertThat(scopes(of("城关镇", DivisionLevel.TOWNSHIP), "全区共受理1000件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.COUNTY, "全区")));
      assertThat(scopes(county(), "全州共受理1000件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.PREFECTURE, "全州")));
    }

    @Test
    void withoutADivision_onlyProvinceAndAboveAreSomeoneElses() {
      Scopes unknown = new Scopes(Optional.empty());
      assertThat(scopes(unknown, "全省共受理1000件，全市共受理100件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.PROVINCE)), OWN);
    }
  }

  @Nested
  class HoldingOn {
    @Test
    void aScope_holdsOnOverTheLaterClausesOfItsSentence() {
      assertThat(scopes(county(), "全省共受理行政复议案件1000件，办结900件，纠错率8.5%。"))
          .containsOnly(Optional.of(Scope.of(ScopeLevel.PROVINCE)));
    }

    @Test
    void 我县_resetsTheScope() {
      assertThat(scopes(county(), "全省共受理行政复议案件1000件，我县受理35件，办结30件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.PROVINCE)), OWN, OWN);
    }

    @Test
    void 本县_resetsTheScopeToo() {
      assertThat(scopes(county(), "全省共受理1000件，本县受理35件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.PROVINCE)), OWN);
    }

    @Test
    void aSemicolon_endsTheScope() {
      assertThat(scopes(county(), "全省共受理1000件；受理行政复议案件35件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.PROVINCE)), OWN);
    }

    @Test
    void aNewSentence_startsWithoutScope() {
      Scopes scopes = county();
      scopes(scopes, Sentences.of("全省共受理1000件，办结900件。", 1));
      assertThat(scopes(scopes, Sentences.of("受理行政复议案件35件。", 2))).containsExactly(OWN);
    }
  }

  @Nested
  class Titles {
    @Test
    void aLevelInsideABookTitle_isNoScope() {
      assertThat(scopes(county(), "印发《关于开展全省法治宣传教育的通知》，受理35件。")).containsExactly(OWN, OWN);
    }

    @Test
    void aLevelAfterABookTitleInTheSameClause_isAScope() {
      assertThat(scopes(county(), "按照《全省法治宣传方案》全省共开展活动1000场。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.PROVINCE)));
    }
  }

  @Nested
  class Authorities {
    @Test
    void aHigherAuthorityAsTheSubject_isSomeoneElses() {
      assertThat(scopes(county(), "省司法厅全年共办理行政复议案件1000件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.AUTHORITY, "省司法厅")));
      assertThat(scopes(county(), "2024年，市司法局共办理行政复议案件300件。"))
          .containsExactly(OWN, Optional.of(Scope.of(ScopeLevel.AUTHORITY, "市司法局")));
    }

    @Test
    void theAuthorityOfTheIssuersOwnLevel_isItsOwn() {
      assertThat(scopes(of("大同市", DivisionLevel.PREFECTURE), "市司法局共办理行政复议案件300件。"))
          .containsExactly(OWN);
    }

    @Test
    void theMinistry_isAlwaysSomeoneElses() {
      assertThat(scopes(of("山西省", DivisionLevel.PROVINCE), "司法部共办理行政复议案件300件。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.AUTHORITY, "司法部")));
      assertThat(scopes(new Scopes(Optional.empty()), "国务院部署开展3项工作。"))
          .containsExactly(Optional.of(Scope.of(ScopeLevel.AUTHORITY, "国务院")));
    }

    @Test
    void withoutADivision_aProvincialOrganIsNotKnownToBeSomeoneElses() {
      assertThat(scopes(new Scopes(Optional.empty()), "省司法厅共办理行政复议案件1000件。")).containsExactly(OWN);
    }
  }

  @Test
  void inTheImport_someoneElsesFigure_isAnIndicatorWithItsScope_notTheIssuersBlock() {
    TextImport imported =
        ReportText.parseExcerpt(
            "全省共受理行政复议案件1000件，我县受理35件。",
            ExcerptContext.none().withIssuer("平遥县人民政府").withYear(2024));
    assertThat(imported.getReport().getIndicators())
        .singleElement()
        .satisfies(
            indicator -> {
              assertThat(indicator.getScope()).contains(Scope.of(ScopeLevel.PROVINCE));
              assertThat(indicator.getQuantity().getValue()).isEqualByComparingTo("1000");
            });
    assertThat(imported.getFigures())
        .extracting(f -> f.getTarget().orElse(""))
        .containsExactly("/indicators/0", "/statistics/reconsideration/accepted");
  }
}
