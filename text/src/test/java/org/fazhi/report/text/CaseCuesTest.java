package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.Cues.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseCuesTest {

  private static Field<?> field(Block block, String name) {
    return Cues.rule(block).fields().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static String refined(Block block, String name, String lead) {
    return CaseCues.refine(field(block, name), lead).name();
  }

  @ParameterizedTest(name = "{0}.{1} with \"{2}\" → {3}")
  @CsvSource({
    "RECONSIDERATION, outcomes/WITHDRAWN, 经调解和解后申请人撤回申请,   outcomes/SETTLED_AND_WITHDRAWN",
    "MEDIATION,       settled,            排查化解矛盾纠纷,            disputes",
    "RECONSIDERATION, outcomes/SETTLED,   和解后撤回,                 outcomes/SETTLED_AND_WITHDRAWN",
    "RECONSIDERATION, outcomes/MEDIATED,  调解后申请人撤回,            outcomes/SETTLED_AND_WITHDRAWN",
    "RECONSIDERATION, outcomes/MEDIATED,  受理前调解,                 outcomes/RESOLVED_BEFORE_ACCEPTANCE",
    "RECONSIDERATION, outcomes/REVOKED,   撤销并责令重新作出,          outcomes/ORDERED_TO_REDO",
    "RECONSIDERATION, closed,             办结，其中调解,              outcomes/MEDIATED",
    "RECONSIDERATION, closed,             以和解方式办结,              outcomes/SETTLED",
    "RECONSIDERATION, received,           新收行政复议案件,            newCases",
    "RECONSIDERATION, received,           不予受理,                   notAccepted",
    "RECONSIDERATION, received,           依法受理,                   accepted",
    "LEGAL_AID,       handled,            指派律师办理,                accepted",
    "LITIGATION,      cases,              一审案件,                   firstInstance",
    "LITIGATION,      cases,              二审案件,                   secondInstance",
    "LITIGATION,      cases,              应出庭案件,                 hearings",
    "LEGAL_AID,       consultations,      12348热线咨询,              hotlineConsultations",
    "MEDIATION,       committees,         村（社区）人民调解委员会,      villageCommittees",
    "MEDIATION,       committees,         行业性调解委员会,             professionalCommittees",
    "MEDIATION,       mediators,          专职调解员,                  fullTimeMediators",
    "DECISION_CATALOG, declared,          调整出目录,                  statusCounts/WITHDRAWN",
  })
  void aField_narrowsByTheWordsAroundItsFigure(Block block, String field, String lead, String to) {
    assertThat(refined(block, field, lead)).isEqualTo(to);
  }

  @Test
  void 新收_isNewCases_notAccepted_though新收_isNoAcceptance() {
    assertThat(refined(Block.RECONSIDERATION, "received", "新收受理")).isEqualTo("newCases");
  }

  @Test
  void 不予受理_isRefused_notAccepted() {
    assertThat(refined(Block.RECONSIDERATION, "received", "收到申请，不予受理")).isEqualTo("notAccepted");
  }

  @Test
  void withoutItsContext_aFieldStaysAsItIs() {
    Field<?> received = field(Block.RECONSIDERATION, "received");
    assertThat(CaseCues.refine(received, "收到行政复议申请")).isSameAs(received);
    Field<?> withdrawn = field(Block.RECONSIDERATION, "outcomes/WITHDRAWN");
    assertThat(CaseCues.refine(withdrawn, "申请人主动撤回")).isSameAs(withdrawn);
  }

  @Test
  void aRefinement_staysInsideItsBlock() {
    // legal aid closes cases too, but has no mediated outcome
    Field<?> closed = field(Block.LEGAL_AID, "closed");
    assertThat(CaseCues.refine(closed, "调解结案")).isSameAs(closed);
    // mediation receives no applications: its 受理 stays disputes
    Field<?> disputes = field(Block.MEDIATION, "disputes");
    assertThat(CaseCues.refine(disputes, "受理")).isSameAs(disputes);
  }

  @Test
  void aFieldWhoseNameOnlyAnotherBlockRefines_isNotRefined() {
    // the received of legal aid is named applications: the reconsideration refinement does not
    // apply
    Field<?> applications = field(Block.LEGAL_AID, "applications");
    assertThat(CaseCues.refine(applications, "受理")).isSameAs(applications);
  }

  /** A field of a block, and the words around its figure. */
  record Case(BlockRule<?> rule, Field<?> field, String lead) {}

  @Property
  void aRefinedField_isAlwaysAFieldOfTheSameBlock_ofTheSameKind(@ForAll("cases") Case c) {
    Field<?> refined = CaseCues.refine(c.field(), c.lead());
    assertThat(c.rule().fields().contains(refined))
        .as("%s in %s", refined.name(), c.rule().block())
        .isTrue();
    assertThat(refined.kind()).isEqualTo(c.field().kind());
  }

  @Property
  void withoutWords_noFieldIsRefined(@ForAll("cases") Case c) {
    assertThat(CaseCues.refine(c.field(), "")).isSameAs(c.field());
  }

  @Provide
  Arbitrary<Case> cases() {
    List<Case> fields =
        Cues.RULES.stream()
            .flatMap(rule -> rule.fields().stream().map(field -> new Case(rule, field, "")))
            .toList();
    Arbitrary<String> lead =
        Arbitraries.of(
                "和解", "撤回", "受理前", "责令重", "调解", "新收", "不予受理", "受理", "指派", "一审", "二审", "应出庭", "热线",
                "12348", "村（社区）", "村级", "行业性", "专职", "调出", "暂缓", "办结", "的")
            .list()
            .ofMaxSize(4)
            .map(words -> String.join("", words));
    return Combinators.combine(Arbitraries.of(fields), lead)
        .as((c, l) -> new Case(c.rule(), c.field(), l));
  }

  @Test
  void rules_areTheSixCaseBlocks_inOrder() {
    assertThat(CaseCues.rules())
        .extracting(BlockRule::block)
        .containsExactly(
            Block.RECONSIDERATION,
            Block.LITIGATION,
            Block.JUDGMENT_PERFORMANCE,
            Block.LEGAL_AID,
            Block.MEDIATION,
            Block.PUBLIC_LEGAL_SERVICES);
  }

  @Test
  void 驳回_alone_isTheRequestRejected_butALongerCueStillWins() {
    assertThat(
            ReportText.parseExcerpt(
                    "审结行政复议案件30件，其中维持20件、驳回6件、驳回申请4件。", ExcerptContext.none().withYear(2024))
                .getFigures())
        .extracting(f -> f.getTarget().orElse(""))
        .containsExactly(
            "/statistics/reconsideration/closed",
            "/statistics/reconsideration/outcomes/UPHELD",
            "/statistics/reconsideration/outcomes/REQUEST_REJECTED",
            "/statistics/reconsideration/outcomes/APPLICATION_REJECTED");
  }

  @Test
  void aFigureOfTwoBlocksTogether_isAnIndicator_notEitherBlocks() {
    TextImport imported =
        ReportText.parseExcerpt(
            "全县行政诉讼案件63件。全县行政复议、行政诉讼案件共计126件。", ExcerptContext.none().withYear(2024));
    assertThat(imported.getUnplacedFigures()).isEmpty();
    assertThat(imported.getReport().getStatistics().getLitigation().orElseThrow().getCases())
        .hasValueSatisfying(c -> assertThat(c.toString()).isEqualTo("63"));
    assertThat(imported.getReport().getIndicators())
        .singleElement()
        .satisfies(i -> assertThat(i.getLabel()).isEqualTo("行政复议、行政诉讼案件"));
  }
}
