package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.report.text.Respectively.Group;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RespectivelyTest {

  private static TextImport imported(String text) {
    return ReportText.parseExcerpt(text, ExcerptContext.none().withYear(2024));
  }

  private static List<String> targets(TextImport imported) {
    return imported.getFigures().stream()
        .map(f -> f.getTarget().orElse(f.getPlacement().name()))
        .toList();
  }

  @Nested
  class Labels {
    @Test
    void labelsListedWith顿号_areEachALabel() {
      assertThat(Respectively.labels("行政复议维持率、行政诉讼胜诉率")).containsExactly("行政复议维持率", "行政诉讼胜诉率");
    }

    @Test
    void theSharedEndingOfTheLast_goesToEachLabel() {
      assertThat(Respectively.labels("刑事、民事、行政和其他案件"))
          .containsExactly("刑事案件", "民事案件", "行政案件", "其他案件");
    }

    @Test
    void aLabelThatAlreadyHasTheSharedEnding_keepsIt() {
      assertThat(Respectively.labels("行政处罚类、行政强制类")).containsExactly("行政处罚类", "行政强制类");
      assertThat(Respectively.labels("刑事案件、民事和行政案件")).containsExactly("刑事案件", "民事案件", "行政案件");
    }

    @Test
    void theLastTwoMayBeJoinedBy和or及() {
      assertThat(Respectively.labels("调解率及撤回率")).containsExactly("调解率", "撤回率");
    }

    @Test
    void leadingFiller_isNoPartOfTheFirstLabel() {
      assertThat(Respectively.labels("其中刑事、民事案件")).containsExactly("刑事案件", "民事案件");
      assertThat(Respectively.labels("全年维持率、纠错率")).containsExactly("维持率", "纠错率");
    }

    @Test
    void oneLabel_orNone_isNoList() {
      assertThat(Respectively.labels("受理行政复议案件")).isEmpty();
      assertThat(Respectively.labels("")).isEmpty();
      assertThat(Respectively.labels("其中")).isEmpty();
    }
  }

  @Nested
  class Pairings {
    @Test
    void figuresAfter分别_withLabelsBefore_areOneGroup() {
      Sentence s = Sentences.of("行政复议维持率、行政诉讼胜诉率分别为58.2%、91.7%。");
      assertThat(Respectively.of(s))
          .containsExactly(new Group(List.of(0, 1), List.of("行政复议维持率", "行政诉讼胜诉率"), ""));
    }

    @Test
    void figuresAfter分别_withoutLabels_pairWithTheClauseBefore_andKeepTheirVerb() {
      Sentence s = Sentences.of("受理行政复议案件70件、法律援助案件403件，分别办结66件、391件。");
      assertThat(Respectively.of(s)).containsExactly(new Group(List.of(2, 3), List.of(), "办结"));
    }

    @Test
    void asManyLabelsAsFigures_orNoGroup() {
      assertThat(Respectively.of(Sentences.of("维持率、胜诉率、纠错率分别为58.2%、91.7%。"))).isEmpty();
    }

    @Test
    void aLoneFigureAfter分别_isNoGroup() {
      assertThat(Respectively.of(Sentences.of("受理行政复议案件70件，分别办结66件。"))).isEmpty();
    }

    @Test
    void aChangeAfter分别_isNoPairing() {
      assertThat(Respectively.of(Sentences.of("受理行政复议案件70件、行政诉讼案件30件，分别同比下降8.6%和14.8%。")))
          .isEmpty();
    }

    @Test
    void claimedFigures_areNotPairedAgain() {
      Sentence s = Sentences.of("行政复议维持率、行政诉讼胜诉率分别为58.2%、91.7%。");
      s.claimed[0] = true;
      assertThat(Respectively.of(s)).isEmpty();
    }

    @Test
    void figuresNotJoinedBy顿号和及_endThePairing() {
      Sentence s = Sentences.of("维持率、胜诉率分别为58.2%、91.7%，办结66件。");
      assertThat(Respectively.of(s))
          .singleElement()
          .extracting(Group::figures)
          .isEqualTo(List.of(0, 1));
    }
  }

  @Nested
  class InTheImport {
    @Test
    void labelsWithASharedEnding_placeEachFigureInItsField() {
      assertThat(targets(imported("办理法律援助案件486件，其中刑事、民事、行政和其他案件分别为203件、271件、4件、8件。")))
          .containsExactly(
              "/statistics/legalAid/handled",
              "/statistics/legalAid/casesByType/CRIMINAL",
              "/statistics/legalAid/casesByType/CIVIL",
              "/statistics/legalAid/casesByType/ADMINISTRATIVE",
              "/statistics/legalAid/casesByType/OTHER");
    }

    @Test
    void eachLabel_mayNameItsOwnBlock() {
      assertThat(targets(imported("行政复议维持率、行政诉讼胜诉率分别为58.2%、91.7%。")))
          .containsExactly(
              "/statistics/reconsideration/outcomeShares/UPHELD", "/statistics/litigation/winRate");
    }

    @Test
    void withoutLabels_eachFigureGoesToTheBlockOfTheFigureBeforeInItsPosition() {
      assertThat(targets(imported("受理行政复议案件70件、法律援助案件403件，分别办结66件、391件。")))
          .containsExactly(
              "/statistics/reconsideration/accepted", "/statistics/legalAid/accepted",
              "/statistics/reconsideration/closed", "/statistics/legalAid/closed");
    }
  }
}
