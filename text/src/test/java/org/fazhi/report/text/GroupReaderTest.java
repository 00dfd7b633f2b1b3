package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.text.Sentences.Read;
import org.fazhi.report.text.TextFigure.Placement;
import org.junit.jupiter.api.Test;

class GroupReaderTest {
  private final Placements placements = new Placements();
  private final GroupReader reader = new GroupReader(placements);

  private Read read(String... texts) {
    Read read = Sentences.read(texts);
    reader.read(read.sentence(), read.topics());
    return read;
  }

  @Test
  void kindsJoinedBy顿号_with等_andOneCount_areOneOpenGroup() {
    Read read = read("全年行政复议作出撤销、变更、确认违法等纠错决定14件。");
    assertThat(reader.groups)
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.getKinds())
                  .containsExactlyInAnyOrder(
                      ReconsiderationDecision.REVOKED,
                      ReconsiderationDecision.CHANGED,
                      ReconsiderationDecision.CONFIRMED_UNLAWFUL);
              assertThat(group.isOpen()).isTrue();
              assertThat(group.getLabel()).contains("纠错决定");
              assertThat(group.getCount()).isEqualTo(Count.of(14));
            });
    assertThat(placements.placement(read.sentence(), 0))
        .hasValueSatisfying(
            f -> {
              assertThat(f.getPlacement()).isEqualTo(Placement.BLOCK);
              assertThat(f.getTarget())
                  .contains("/statistics/reconsideration/outcomeGroups/0/count");
            });
  }

  @Test
  void kindsEachWithTheirOwnFigure_areNoGroup() {
    Read read = read("行政复议维持28件、撤销6件。");
    assertThat(reader.groups).isEmpty();
    assertThat(read.sentence().claimed).containsExactly(false, false);
  }

  @Test
  void kindsWithout等_areAClosedGroup_withoutLabel() {
    read("行政复议决定撤销和变更6件。");
    assertThat(reader.groups)
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.isOpen()).isFalse();
              assertThat(group.getKinds())
                  .containsExactlyInAnyOrder(
                      ReconsiderationDecision.REVOKED, ReconsiderationDecision.CHANGED);
              assertThat(group.getLabel()).isEmpty();
            });
  }

  @Test
  void longerKindNames_areReadWhole() {
    read("行政复议驳回申请、责令重新作出12件。");
    assertThat(reader.groups)
        .singleElement()
        .extracting(OutcomeGroup::getKinds)
        .satisfies(
            kinds ->
                assertThat(kinds)
                    .containsExactlyInAnyOrder(
                        ReconsiderationDecision.APPLICATION_REJECTED,
                        ReconsiderationDecision.ORDERED_TO_REDO));
  }

  @Test
  void aGroupInAClauseOnReconsideration_afterAFigureOfItsOwn() {
    Read read = read("收到行政复议申请50件，其中撤销、变更、确认违法等纠错决定14件。");
    assertThat(reader.groups).hasSize(1);
    assertThat(read.sentence().claimed).containsExactly(false, true);
  }

  @Test
  void aGroupInASentenceThatInheritsReconsideration_isRead() {
    read("收到行政复议申请50件。", "撤销、变更等14件。");
    assertThat(reader.groups)
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.isOpen()).isTrue();
              assertThat(group.getLabel()).isEmpty();
            });
  }

  @Test
  void kindsOutsideReconsideration_areNoGroup() {
    Read read = read("行政诉讼撤销、变更等14件。");
    assertThat(reader.groups).isEmpty();
    assertThat(read.sentence().claimed).containsExactly(false);
  }

  @Test
  void aPercent_isNoGroupCount() {
    read("行政复议撤销、变更等纠错率为8.5%。");
    assertThat(reader.groups).isEmpty();
  }

  @Test
  void theCount_keepsItsApproximation() {
    read("行政复议撤销、变更等纠错决定10余件。");
    assertThat(reader.groups)
        .singleElement()
        .extracting(OutcomeGroup::getCount)
        .isEqualTo(Count.of(10, Approximation.MORE_THAN));
  }

  @Test
  void severalGroups_areNumberedInOrder() {
    Read read = read("行政复议撤销、变更等14件，驳回申请、终止等9件。");
    assertThat(reader.groups).hasSize(2);
    assertThat(placements.placement(read.sentence(), 1).flatMap(TextFigure::getTarget))
        .contains("/statistics/reconsideration/outcomeGroups/1/count");
  }
}
