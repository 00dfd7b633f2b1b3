package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.Cues.Field;
import org.fazhi.report.text.Cues.Group;
import org.fazhi.report.text.Staging.Slot;
import org.fazhi.report.text.Staging.Values;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StagingTest {
  private static final BlockRule<?> RECONSIDERATION = Cues.rule(Block.RECONSIDERATION);
  private static final SectionId SECTION = SectionId.of(1);

  private static Field<?> field(String name) {
    return RECONSIDERATION.fields().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Values closedWithOutcomes(Count closed, Count... outcomes) {
    Values values = new Values();
    if (closed != null) {
      values.stage(field("closed"), closed, SECTION, 1);
    }
    String[] kinds = {"outcomes/UPHELD", "outcomes/REVOKED", "outcomes/WITHDRAWN"};
    for (int i = 0; i < outcomes.length; i++) {
      values.stage(field(kinds[i]), outcomes[i], SECTION, 1);
    }
    values.stage(field("received"), Count.of(99), SECTION, 1); // not an outcome: not added
    return values;
  }

  @Nested
  class OneValuePerField {
    @Test
    void aFirstValue_isStaged() {
      Values values = new Values();
      assertThat(values.stage(field("accepted"), Count.of(35), SECTION, 4)).isEmpty();
      assertThat(values.has(field("accepted"))).isTrue();
      assertThat(values.isEmpty()).isFalse();
      assertThat(values.slots())
          .containsExactly(new Slot(field("accepted"), Count.of(35), SECTION, 4));
    }

    @Test
    void theSameValueAgain_isAccepted_andKeepsTheFirstSlot() {
      Values values = new Values();
      values.stage(field("accepted"), Count.of(35), SECTION, 4);
      assertThat(values.stage(field("accepted"), Count.of(35), null, 9)).isEmpty();
      assertThat(values.slots()).singleElement().extracting(Slot::line).isEqualTo(4);
    }

    @Test
    void aSecondDifferentValue_isRefused_andTheSlotHoldingTheFirstIsReturned() {
      Values values = new Values();
      values.stage(field("accepted"), Count.of(35), SECTION, 4);
      Optional<Slot> refused = values.stage(field("accepted"), Count.of(36), null, 9);
      assertThat(refused).contains(new Slot(field("accepted"), Count.of(35), SECTION, 4));
      assertThat(values.slots()).singleElement().extracting(Slot::value).isEqualTo(Count.of(35));
    }

    @Test
    void fieldsOfTheSameName_shareTheirSlot() {
      // pending has a cue table before its number and one after it: one field of the block
      Field<?> before =
          RECONSIDERATION.fields().stream()
              .filter(f -> f.name().equals("pending") && f.side() == Cues.Side.BEFORE)
              .findFirst()
              .orElseThrow();
      Field<?> after =
          RECONSIDERATION.fields().stream()
              .filter(f -> f.name().equals("pending") && f.side() == Cues.Side.AFTER)
              .findFirst()
              .orElseThrow();
      Values values = new Values();
      values.stage(before, Count.of(5), SECTION, 1);
      assertThat(values.has(after)).isTrue();
      assertThat(values.stage(after, Count.of(6), SECTION, 2)).isPresent();
    }

    @Test
    void aNewValues_isEmpty() {
      Values values = new Values();
      assertThat(values.isEmpty()).isTrue();
      assertThat(values.slots()).isEmpty();
      assertThat(values.has(field("received"))).isFalse();
    }
  }

  @Nested
  class ApplyTo {
    @Test
    void everyStagedValue_isSetThroughItsFieldsTypedSetter() {
      Values values = new Values();
      values.stage(field("received"), Count.of(50), SECTION, 1);
      values.stage(field("outcomes/REVOKED"), Count.of(3), SECTION, 1);
      values.stage(field("correctionRate"), Rate.of("8.5"), SECTION, 2);
      values.stage(field("outcomeShares/UPHELD"), Rate.of("70"), SECTION, 2);
      Reconsideration.Builder builder = Reconsideration.builder();
      @SuppressWarnings("unchecked")
      BlockRule<Reconsideration.Builder> rule =
          (BlockRule<Reconsideration.Builder>) RECONSIDERATION;
      values.applyTo(rule, builder);
      Reconsideration built = builder.build();
      assertThat(built.getReceived()).contains(Count.of(50));
      assertThat(built.getOutcomes()).containsEntry(ReconsiderationDecision.REVOKED, Count.of(3));
      assertThat(built.getCorrectionRate()).contains(Rate.of("8.5"));
      assertThat(built.getOutcomeShares())
          .containsEntry(ReconsiderationDecision.UPHELD, Rate.of("70"));
      assertThat(built.getAccepted()).isEmpty();
    }
  }

  @Nested
  class Complete {
    @Test
    void partsThatAddUpExactlyToTheWhole_areComplete() {
      assertThat(
              closedWithOutcomes(Count.of(10), Count.of(7), Count.of(3))
                  .complete(Group.OUTCOME, "closed"))
          .isTrue();
    }

    @Test
    void partsThatFallShort_areNotComplete() {
      assertThat(
              closedWithOutcomes(Count.of(10), Count.of(6), Count.of(3))
                  .complete(Group.OUTCOME, "closed"))
          .isFalse();
    }

    @Test
    void anApproximatePart_orWhole_isNeverComplete() {
      assertThat(
              closedWithOutcomes(Count.of(10), Count.of(7, Approximation.MORE_THAN), Count.of(3))
                  .complete(Group.OUTCOME, "closed"))
          .isFalse();
      assertThat(
              closedWithOutcomes(Count.of(10, Approximation.ABOUT), Count.of(7), Count.of(3))
                  .complete(Group.OUTCOME, "closed"))
          .isFalse();
    }

    @Test
    void withoutTheWhole_orWithoutParts_isNotComplete() {
      assertThat(
              closedWithOutcomes(null, Count.of(7), Count.of(3)).complete(Group.OUTCOME, "closed"))
          .isFalse();
      assertThat(closedWithOutcomes(Count.of(0)).complete(Group.OUTCOME, "closed")).isFalse();
    }
  }

  @Nested
  class Blocks {
    @Test
    void valuesOf_doesNotMakeABlockPresent_butOfDoes() {
      Staging staging = new Staging();
      assertThat(staging.valuesOf(Block.LEGAL_AID).isEmpty()).isTrue();
      assertThat(staging.has(Block.LEGAL_AID)).isFalse();
      staging.of(Block.LEGAL_AID);
      assertThat(staging.has(Block.LEGAL_AID)).isTrue();
    }

    @Test
    void of_returnsTheSameValuesEachTime() {
      Staging staging = new Staging();
      staging.of(Block.RECONSIDERATION).stage(field("received"), Count.of(1), SECTION, 1);
      assertThat(staging.of(Block.RECONSIDERATION).has(field("received"))).isTrue();
      assertThat(staging.valuesOf(Block.RECONSIDERATION).has(field("received"))).isTrue();
    }

    @Test
    void theFirstStatementOfABlock_isKept_andMakesTheBlockPresent() {
      Staging staging = new Staging();
      staging.statement(Block.JUDGMENT_PERFORMANCE, "生效裁判均已履行", SECTION);
      staging.statement(Block.JUDGMENT_PERFORMANCE, "判决全部履行", SectionId.of(2));
      assertThat(staging.statement(Block.JUDGMENT_PERFORMANCE)).contains("生效裁判均已履行");
      assertThat(staging.statementSection(Block.JUDGMENT_PERFORMANCE)).contains(SECTION);
      assertThat(staging.has(Block.JUDGMENT_PERFORMANCE)).isTrue();
      assertThat(staging.statement(Block.LITIGATION)).isEmpty();
    }
  }

  @Nested
  class InTheImport {
    @Test
    void aSecondDifferentValueForAField_isUnplacedWithTheReason_andWarnedOf() {
      TextImport imported =
          ReportText.parseExcerpt(
              "受理行政复议案件35件。全年受理行政复议案件36件。", ExcerptContext.none().withYear(2024));
      assertThat(imported.getReport().getStatistics().getReconsideration())
          .flatMap(Reconsideration::getAccepted)
          .contains(Count.of(35));
      TextFigure second = imported.getFigures().get(1);
      assertThat(second.getPlacement()).isEqualTo(TextFigure.Placement.UNPLACED);
      assertThat(second.getReason())
          .contains("/statistics/reconsideration/accepted already holds 35 (line 1)");
      assertThat(imported.getWarnings())
          .extracting(ImportWarning::getKind)
          .contains(ImportWarning.Kind.UNPLACED_FIGURE);
    }

    @Test
    void theSameValueStatedTwice_isPlacedBothTimes() {
      TextImport imported =
          ReportText.parseExcerpt(
              "受理行政复议案件35件。全年受理行政复议案件35件。", ExcerptContext.none().withYear(2024));
      assertThat(imported.getFigures())
          .extracting(f -> f.getTarget().orElse(""))
          .containsExactly(
              "/statistics/reconsideration/accepted", "/statistics/reconsideration/accepted");
      assertThat(imported.getUnplacedFigures()).isEmpty();
    }
  }

  @Property
  void stagingAValueTwice_isAcceptedExactlyWhenItIsTheSame(
      @ForAll @IntRange(max = 1000) int first, @ForAll @IntRange(max = 1000) int second) {
    Values values = new Values();
    values.stage(field("closed"), Count.of(first), SECTION, 1);
    Optional<Slot> again = values.stage(field("closed"), Count.of(second), SECTION, 2);
    assertThat(again.isEmpty()).isEqualTo(first == second);
    assertThat(values.slots()).singleElement().extracting(Slot::value).isEqualTo(Count.of(first));
  }

  @Property
  void complete_exactlyWhenThePartsSumToTheWhole(
      @ForAll @IntRange(max = 500) int a,
      @ForAll @IntRange(max = 500) int b,
      @ForAll @IntRange(max = 1000) int whole) {
    Values values = closedWithOutcomes(Count.of(whole), Count.of(a), Count.of(b));
    assertThat(values.complete(Group.OUTCOME, "closed")).isEqualTo(a + b == whole);
  }
}
