package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.FigureScanner.Figure;
import org.fazhi.report.text.OutlineParser.Fragment;
import org.fazhi.report.text.OutlineParser.Node;
import org.fazhi.report.text.Sentences.Read;
import org.fazhi.report.text.Topics.ClauseTopic;
import org.fazhi.report.text.Topics.Hit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TopicsTest {

  private static List<Hit> hits(String text) {
    return Topics.hits(text, FigureScanner.scan(text).titled());
  }

  private static List<Block> blocks(List<Hit> hits) {
    return hits.stream().map(Hit::block).toList();
  }

  private static Figure figure(String text, int index) {
    return FigureScanner.scan(text).figures().get(index);
  }

  @Nested
  class Hits {
    @Test
    void topicWords_areFoundInOrder_withTheirSpans() {
      String s = "办理行政复议案件41件、行政应诉案件17件";
      assertThat(hits(s))
          .containsExactly(new Hit(Block.RECONSIDERATION, 2, 6), new Hit(Block.LITIGATION, 12, 16));
    }

    @Test
    void topicWordInsideABookTitle_isNotCounted() {
      assertThat(hits("印发《行政复议工作规定》《法律援助条例》")).isEmpty();
    }

    @Test
    void topicWordNamingACategory_isNotCounted() {
      assertThat(blocks(hits("行政处罚类案件27件"))).doesNotContain(Block.ENFORCEMENT);
      assertThat(blocks(hits("行政处罚案件27件"))).contains(Block.ENFORCEMENT);
    }

    @Test
    void topicWordInsideALongerOneOfAnotherBlock_isNotCounted() {
      // 行政执法 (enforcement) inside 乡镇行政执法事项 (delegated powers)
      assertThat(hits("承接乡镇行政执法事项85项")).containsExactly(new Hit(Block.DELEGATED_POWERS, 2, 10));
    }

    @Test
    void overlappingTopicWordsOfTheSameBlock_areBothCounted() {
      assertThat(hits("负责人出庭应诉率100%"))
          .extracting(Hit::block)
          .containsExactly(Block.LITIGATION, Block.LITIGATION);
    }

    @Test
    void mediationWordRightAfterReconsideration_isFoundButWeak() {
      assertThat(blocks(hits("全年行政复议调解结案3件")))
          .containsExactly(Block.RECONSIDERATION, Block.MEDIATION);
      ClauseTopic[] topics = Sentences.read("全年行政复议调解结案3件。").topics();
      assertThat(topics[0].topic()).isEqualTo(Block.RECONSIDERATION);
      assertThat(blocks(topics[0].weak())).containsExactly(Block.MEDIATION);
      assertThat(
              ReportText.parseExcerpt("全年行政复议调解结案3件。", ExcerptContext.none().withYear(2024))
                  .getFigures())
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.getTarget())
                      .hasValue("/statistics/reconsideration/outcomes/MEDIATED"));
    }
  }

  @Nested
  class ClauseTopics {
    @Test
    void clauseNamingSeveralBlocks_hasTheLastOneAsItsTopic() {
      ClauseTopic[] topics = Sentences.read("办理行政复议案件41件、行政应诉案件17件。").topics();
      assertThat(topics).hasSize(1);
      assertThat(topics[0].topic()).isEqualTo(Block.LITIGATION);
      assertThat(topics[0].inherited()).isNull();
      assertThat(blocks(topics[0].strong()))
          .containsExactly(Block.RECONSIDERATION, Block.LITIGATION);
    }

    @Test
    void clauseNamingNoBlock_inheritsTheTopicOfTheClauseBefore() {
      ClauseTopic[] topics = Sentences.read("受理行政复议案件35件，办结30件。").topics();
      assertThat(topics[1].inherited()).isEqualTo(Block.RECONSIDERATION);
      assertThat(topics[1].topic()).isEqualTo(Block.RECONSIDERATION);
      assertThat(topics[1].strong()).isEmpty();
    }

    @Test
    void topic_carriesOverToTheNextSentence() {
      ClauseTopic[] topics = Sentences.read("受理行政复议案件35件。", "全年办结30件。").topics();
      assertThat(topics[0].inherited()).isEqualTo(Block.RECONSIDERATION);
      assertThat(topics[0].topic()).isEqualTo(Block.RECONSIDERATION);
    }

    @Test
    void sentenceWithoutTopicWords_keepsTheRunningTopic() {
      ClauseTopic[] topics = Sentences.read("受理行政复议案件35件。", "工作有序开展。", "全年办结30件。").topics();
      assertThat(topics[0].topic()).isEqualTo(Block.RECONSIDERATION);
    }

    @Test
    void topicWordThatIsACueOfTheInheritedBlock_isWeak_inALaterClause() {
      ClauseTopic[] topics = Sentences.read("收到行政复议申请50件，其中调解结案3件。").topics();
      assertThat(blocks(topics[1].weak())).containsExactly(Block.MEDIATION);
      assertThat(topics[1].strong()).isEmpty();
      assertThat(topics[1].topic()).isEqualTo(Block.RECONSIDERATION);
    }

    @Test
    void firstClauseTopicWord_thatIsItselfACueOfTheInheritedBlock_isWeak() {
      ClauseTopic[] topics = Sentences.read("收到行政复议申请50件。", "调解结案3件。").topics();
      assertThat(blocks(topics[0].weak())).containsExactly(Block.MEDIATION);
      assertThat(topics[0].topic()).isEqualTo(Block.RECONSIDERATION);
    }

    @Test
    void firstClauseTopicWord_thatOnlyHoldsACueOfTheInheritedBlock_isStrong() {
      // 合法性审查 holds 审查, a cue of the legal advisers' documentsReviewed
      ClauseTopic[] topics = Sentences.read("聘请法律顾问12名。", "合法性审查文件8件。").topics();
      assertThat(blocks(topics[0].strong())).containsExactly(Block.LEGALITY_REVIEW);
      assertThat(topics[0].topic()).isEqualTo(Block.LEGALITY_REVIEW);
    }

    @Test
    void laterClauseTopicWord_thatHoldsACueOfTheInheritedBlock_isWeak() {
      ClauseTopic[] topics = Sentences.read("聘请法律顾问12名，合法性审查文件8件。").topics();
      assertThat(blocks(topics[1].weak())).containsExactly(Block.LEGALITY_REVIEW);
      assertThat(topics[1].topic()).isEqualTo(Block.LEGAL_ADVISERS);
    }

    @Test
    void topicWordNamingAPlace_isWeak() {
      ClauseTopic[] topics = Sentences.read("办理法律援助案件20件。", "律师到县公共法律服务中心值班30次。").topics();
      assertThat(blocks(topics[0].weak())).containsExactly(Block.PUBLIC_LEGAL_SERVICES);
      assertThat(topics[0].topic()).isEqualTo(Block.LEGAL_AID);
    }

    @Test
    void topicWordBeforeAPlaceWordWithoutAMovement_isStrong() {
      ClauseTopic[] topics = Sentences.read("办理法律援助案件20件。", "建成公共法律服务中心1个。").topics();
      assertThat(blocks(topics[0].strong())).containsExactly(Block.PUBLIC_LEGAL_SERVICES);
    }
  }

  @Nested
  class Sections {
    private final Node part = new Node("CHINESE", null, null);
    private final Node section = new Node("PARENTHESIZED_CHINESE", null, part);

    private Read read(Topics topics, Fragment fragment, int id) {
      topics.enter(fragment);
      Sentence s = new Sentence(fragment, fragment.text(), 0, null, id);
      var primary = topics.primary(s);
      return new Read(s, topics.read(s), primary);
    }

    @Test
    void section_startsUnderTheTopicItsParentsHeadingNames() {
      Topics topics = new Topics();
      read(topics, new Fragment(part, "行政复议工作", 1, 1, true), 1);
      read(topics, new Fragment(null, "法律援助工作有序开展。", 2, 1, false), 2);
      Read first = read(topics, new Fragment(section, "全年办结30件。", 3, 1, false), 3);
      assertThat(first.topics()[0].inherited()).isEqualTo(Block.RECONSIDERATION);
    }

    @Test
    void primary_isTheSectionTopic_whenTheSentenceNamesIt_evenAfterAnotherTopicWord() {
      Topics topics = new Topics();
      read(topics, new Fragment(part, "行政复议工作", 1, 1, true), 1);
      Read read = read(topics, new Fragment(section, "法律援助中心协助行政复议申请人3人次。", 2, 1, false), 2);
      assertThat(read.primary()).isEqualTo(Block.RECONSIDERATION);
    }

    @Test
    void primary_isTheFirstTopicWord_whenTheSentenceDoesNotNameTheSectionTopic() {
      Topics topics = new Topics();
      read(topics, new Fragment(part, "行政复议工作", 1, 1, true), 1);
      Read read = read(topics, new Fragment(section, "法律援助案件20件、公证3件。", 2, 1, false), 2);
      assertThat(read.primary()).isEqualTo(Block.LEGAL_AID);
    }

    @Test
    void primary_ofASentenceWithoutTopicWords_isTheRunningTopic() {
      assertThat(Sentences.read("受理行政复议案件35件。", "全年办结30件。").primary())
          .isEqualTo(Block.RECONSIDERATION);
    }
  }

  @Nested
  class Candidates {
    private final Figure figure = figure("受理法律援助案件12件", 0);

    @Test
    void strongTopicsComeFirst_nearestBeforeTheFigure_thenAfterIt() {
      String s = "办理行政复议案件41件、行政应诉案件17件";
      ClauseTopic topic = Sentences.read(s + "。").topics()[0];
      assertThat(Topics.candidates(topic, null, figure(s, 0)))
          .containsExactly(Block.RECONSIDERATION, Block.LITIGATION);
      assertThat(Topics.candidates(topic, null, figure(s, 1)))
          .containsExactly(Block.LITIGATION, Block.RECONSIDERATION);
    }

    @Test
    void withStrongTopics_theWeakOnesThenTheInheritedThenThePrimaryFollow() {
      ClauseTopic topic =
          new ClauseTopic(
              Block.MEDIATION,
              Block.LEGAL_AID,
              List.of(new Hit(Block.LEGAL_AID, 2, 6)),
              List.of(new Hit(Block.PUBLIC_LEGAL_SERVICES, 0, 1)));
      assertThat(Topics.candidates(topic, Block.STUDY, figure))
          .containsExactly(
              Block.LEGAL_AID, Block.PUBLIC_LEGAL_SERVICES, Block.MEDIATION, Block.STUDY);
    }

    @Test
    void withoutStrongTopics_theInheritedComesFirst() {
      ClauseTopic topic =
          new ClauseTopic(
              Block.LEGAL_AID,
              Block.LEGAL_AID,
              List.of(),
              List.of(new Hit(Block.PUBLIC_LEGAL_SERVICES, 0, 1)));
      assertThat(Topics.candidates(topic, Block.MEDIATION, figure))
          .containsExactly(Block.LEGAL_AID, Block.PUBLIC_LEGAL_SERVICES, Block.MEDIATION);
    }

    @Test
    void candidates_holdEachBlockOnce_andNoNull() {
      ClauseTopic topic =
          new ClauseTopic(
              null,
              Block.LEGAL_AID,
              List.of(new Hit(Block.LEGAL_AID, 2, 6), new Hit(Block.LEGAL_AID, 0, 2)),
              List.of());
      assertThat(Topics.candidates(topic, Block.LEGAL_AID, figure))
          .containsExactly(Block.LEGAL_AID);
      assertThat(Topics.candidates(new ClauseTopic(null, null, List.of(), List.of()), null, figure))
          .isEmpty();
    }

    @Test
    void blocksNamed_areTheStrongLastFirst_thenTheInherited_theWeak_andThePrimary() {
      ClauseTopic topic =
          new ClauseTopic(
              Block.MEDIATION,
              Block.LITIGATION,
              List.of(new Hit(Block.RECONSIDERATION, 0, 4), new Hit(Block.LITIGATION, 6, 10)),
              List.of(new Hit(Block.LEGAL_AID, 12, 16)));
      assertThat(Topics.blocksNamed(topic, Block.STUDY))
          .containsExactly(
              Block.LITIGATION,
              Block.RECONSIDERATION,
              Block.MEDIATION,
              Block.LEGAL_AID,
              Block.STUDY);
    }

    @Test
    void labelCandidates_putTheBlocksTheLabelNamesFirst() {
      ClauseTopic topic =
          new ClauseTopic(
              null,
              Block.RECONSIDERATION,
              List.of(new Hit(Block.RECONSIDERATION, 0, 4)),
              List.of());
      Figure rate = figure("分别为91.7%", 0);
      assertThat(Topics.labelCandidates("行政诉讼胜诉率", topic, null, rate))
          .containsExactly(Block.LITIGATION, Block.RECONSIDERATION);
    }

    @Test
    void labelCandidates_putALabelTopicThatIsACueOfTheClauseTopic_last() {
      // 行政案件 names litigation, but among legal aid's case types it is a cue of legal aid
      ClauseTopic topic =
          new ClauseTopic(
              null, Block.LEGAL_AID, List.of(new Hit(Block.LEGAL_AID, 0, 4)), List.of());
      assertThat(Topics.labelCandidates("行政案件", topic, Block.MEDIATION, figure))
          .containsExactly(Block.LEGAL_AID, Block.MEDIATION, Block.LITIGATION);
    }
  }
}
