package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.Report;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.accountability.StudyAndTraining;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.text.ActivityReader.Draft;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.Cues.Group;

/**
 * Builds the typed blocks of a report from the values the readers staged — each through its field's
 * typed setter — and anchors each block at the section that holds most of its figures: on a tie,
 * the smallest section enclosing the tied ones within the top-level part that holds most of them.
 */
final class Assembly {
  private final FigureReader x;
  private final Staging staging;

  Assembly(FigureReader reader) {
    this.x = reader;
    this.staging = reader.staging;
  }

  void into(Report.Builder report) {
    report.statistics(statistics());
    report.decisions(decisions());
    report.enforcement(enforcement());
    report.accountability(accountability());
    for (EmergencyReader.Draft d : x.emergencies.emergencies) {
      Emergency.Builder e = Emergency.builder().kind(d.kind);
      Optional.ofNullable(d.description).ifPresent(e::description);
      Optional.ofNullable(d.occurredAt).ifPresent(e::occurredAt);
      Optional.ofNullable(d.place).ifPresent(e::place);
      Optional.ofNullable(d.magnitude).ifPresent(e::magnitude);
      Optional.ofNullable(d.depth).ifPresent(e::depthKilometres);
      Optional.ofNullable(d.epicenter).ifPresent(e::epicenter);
      Optional.ofNullable(d.responseLevel).ifPresent(e::responseLevel);
      Optional.ofNullable(d.section).ifPresent(e::section);
      report.addEmergencies(e.build());
    }
    report.addAllIndicators(x.placements.indicators);
    report.addAllChanges(x.changes.changes);
    report.addAllSeries(x.series.series);
  }

  /** Whether the text stated anything of a case block: values, a statement, groups, breakdowns. */
  private boolean present(Block block) {
    return staging.has(block)
        || !x.breakdowns.of(block).isEmpty()
        || (block == Block.RECONSIDERATION && !x.groups.groups.isEmpty());
  }

  /**
   * Sets the staged values of {@code block} on {@code builder}, through the block's typed setters.
   */
  @SuppressWarnings("unchecked") // the rule of a block is the rule of the builder made for it
  private <B> B apply(Block block, B builder) {
    staging.valuesOf(block).applyTo((BlockRule<B>) Cues.rule(block), builder);
    return builder;
  }

  private Optional<SectionId> anchor(Block block, List<SectionId> extra) {
    List<SectionId> sections = new ArrayList<>();
    for (Staging.Slot slot : staging.valuesOf(block).slots()) {
      sections.add(slot.section());
    }
    if (sections.isEmpty()) {
      staging.statementSection(block).ifPresent(sections::add);
    }
    sections.addAll(extra);
    return anchor(sections);
  }

  /**
   * The section most of {@code sections} name; on a tie, the smallest one enclosing the tied ones
   * of the part that has most.
   */
  static Optional<SectionId> anchor(List<SectionId> sections) {
    Map<SectionId, Integer> counts = new LinkedHashMap<>();
    for (SectionId id : sections) {
      if (id != null) {
        counts.merge(id, 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    int max = counts.values().stream().max(Comparator.naturalOrder()).orElse(0);
    List<SectionId> tied = new ArrayList<>();
    counts.forEach(
        (id, n) -> {
          if (n == max) {
            tied.add(id);
          }
        });
    if (tied.size() == 1) {
      return Optional.of(tied.get(0));
    }
    Map<Integer, List<SectionId>> byPart = new LinkedHashMap<>();
    for (SectionId id : tied) {
      byPart.computeIfAbsent(id.getPath().get(0), p -> new ArrayList<>()).add(id);
    }
    List<SectionId> group = null;
    for (List<SectionId> candidate : byPart.values()) {
      if (group == null || candidate.size() > group.size()) {
        group = candidate;
      }
    }
    List<Integer> common = new ArrayList<>(group.get(0).getPath());
    for (SectionId id : group) {
      List<Integer> path = id.getPath();
      int n = 0;
      while (n < common.size() && n < path.size() && common.get(n).equals(path.get(n))) {
        n++;
      }
      common = new ArrayList<>(common.subList(0, n));
    }
    return Optional.of(org.fazhi.report.outline.ImmutableSectionId.of(common));
  }

  // ------------------------------------------------------------------------------------------

  private CaseStatistics statistics() {
    CaseStatistics.Builder b = CaseStatistics.builder();
    if (present(Block.RECONSIDERATION)) {
      Reconsideration.Builder r = apply(Block.RECONSIDERATION, Reconsideration.builder());
      Staging.Values values = staging.valuesOf(Block.RECONSIDERATION);
      r.outcomesComplete(values.complete(Group.OUTCOME, "closed"));
      values
          .slots()
          .forEach(
              slot -> {
                if (slot.field().name().equals("newCases")) {
                  r.newCasesTerm("新收");
                }
              });
      x.groups.groups.forEach(r::addOutcomeGroup);
      x.breakdowns.of(Block.RECONSIDERATION).forEach(r::addBreakdown);
      x.basis("correctionRate").ifPresent(r::correctionRateBasis);
      x.basis("mediationRate").ifPresent(r::mediationRateBasis);
      x.basis("mediationWithdrawalRate").ifPresent(r::mediationWithdrawalRateBasis);
      values
          .slots()
          .forEach(
              slot -> {
                if (slot.field().name().startsWith("outcomeShares/")) {
                  x.basis(slot.field().name()).ifPresent(r::outcomeSharesBasis);
                }
              });
      staging.statement(Block.RECONSIDERATION).ifPresent(r::statement);
      anchor(Block.RECONSIDERATION, List.of()).ifPresent(r::section);
      b.reconsideration(r.build());
    }
    if (present(Block.LITIGATION)) {
      Litigation.Builder l = apply(Block.LITIGATION, Litigation.builder());
      l.judgmentsComplete(staging.valuesOf(Block.LITIGATION).complete(Group.JUDGMENT, "concluded"));
      x.breakdowns.of(Block.LITIGATION).forEach(l::addBreakdown);
      staging.statement(Block.LITIGATION).ifPresent(l::statement);
      anchor(Block.LITIGATION, List.of()).ifPresent(l::section);
      b.litigation(l.build());
    }
    if (staging.has(Block.JUDGMENT_PERFORMANCE)) {
      JudgmentPerformance.Builder j =
          apply(Block.JUDGMENT_PERFORMANCE, JudgmentPerformance.builder());
      j.judgmentsComplete(
          staging.valuesOf(Block.JUDGMENT_PERFORMANCE).complete(Group.JUDGMENT, "concluded"));
      staging.statement(Block.JUDGMENT_PERFORMANCE).ifPresent(j::statement);
      anchor(Block.JUDGMENT_PERFORMANCE, List.of()).ifPresent(j::section);
      b.judgmentPerformance(j.build());
    }
    if (present(Block.LEGAL_AID)) {
      LegalAid.Builder a = apply(Block.LEGAL_AID, LegalAid.builder());
      x.breakdowns.of(Block.LEGAL_AID).forEach(a::addBreakdown);
      staging.statement(Block.LEGAL_AID).ifPresent(a::statement);
      anchor(Block.LEGAL_AID, List.of()).ifPresent(a::section);
      b.legalAid(a.build());
    }
    if (present(Block.MEDIATION)) {
      Mediation.Builder m = apply(Block.MEDIATION, Mediation.builder());
      x.breakdowns.of(Block.MEDIATION).forEach(m::addBreakdown);
      staging.statement(Block.MEDIATION).ifPresent(m::statement);
      anchor(Block.MEDIATION, List.of()).ifPresent(m::section);
      b.mediation(m.build());
    }
    if (present(Block.PUBLIC_LEGAL_SERVICES)) {
      PublicLegalServices.Builder p =
          apply(Block.PUBLIC_LEGAL_SERVICES, PublicLegalServices.builder());
      x.breakdowns.of(Block.PUBLIC_LEGAL_SERVICES).forEach(p::addBreakdown);
      staging.statement(Block.PUBLIC_LEGAL_SERVICES).ifPresent(p::statement);
      anchor(Block.PUBLIC_LEGAL_SERVICES, List.of()).ifPresent(p::section);
      b.publicLegalServices(p.build());
    }
    return b.build();
  }

  private DecisionMaking decisions() {
    DecisionMaking.Builder b = DecisionMaking.builder();
    CatalogFlags flags = x.catalog;
    if (staging.has(Block.DECISION_CATALOG)
        || flags.published().isPresent()
        || flags.procedureRulesIssued().isPresent()) {
      DecisionCatalog.Builder c = apply(Block.DECISION_CATALOG, DecisionCatalog.builder());
      flags.published().ifPresent(c::published);
      flags.procedureRulesIssued().ifPresent(c::procedureRulesIssued);
      List<SectionId> statement = new ArrayList<>();
      if (!staging.has(Block.DECISION_CATALOG)) {
        flags.section().ifPresent(statement::add);
      }
      anchor(Block.DECISION_CATALOG, statement).ifPresent(c::section);
      b.catalog(c.build());
    }
    if (staging.has(Block.LEGALITY_REVIEW)) {
      LegalityReview.Builder l = apply(Block.LEGALITY_REVIEW, LegalityReview.builder());
      anchor(Block.LEGALITY_REVIEW, List.of()).ifPresent(l::section);
      b.legalityReview(l.build());
    }
    if (staging.has(Block.NORMATIVE_DOCUMENTS)) {
      NormativeDocuments.Builder n = apply(Block.NORMATIVE_DOCUMENTS, NormativeDocuments.builder());
      anchor(Block.NORMATIVE_DOCUMENTS, List.of()).ifPresent(n::section);
      b.normativeDocuments(n.build());
    }
    if (staging.has(Block.LEGAL_ADVISERS)) {
      LegalAdvisers.Builder l = apply(Block.LEGAL_ADVISERS, LegalAdvisers.builder());
      anchor(Block.LEGAL_ADVISERS, List.of()).ifPresent(l::section);
      b.legalAdvisers(l.build());
    }
    return b.build();
  }

  private AdministrativeEnforcement enforcement() {
    AdministrativeEnforcement.Builder b =
        apply(Block.ENFORCEMENT, AdministrativeEnforcement.builder());
    List<Draft> training = x.activities.activities.getOrDefault(Block.ENFORCEMENT, List.of());
    for (Draft draft : training) {
      b.addTraining(activity(draft));
    }
    if (staging.has(Block.DELEGATED_POWERS)) {
      DelegatedPowers.Builder p = apply(Block.DELEGATED_POWERS, DelegatedPowers.builder());
      p.perTownshipAverage(x.perTownshipAverage());
      x.meeting.approvedAt().ifPresent(p::approvedAt);
      List<SectionId> meeting = new ArrayList<>();
      x.meeting.section().ifPresent(meeting::add);
      anchor(Block.DELEGATED_POWERS, meeting).ifPresent(p::section);
      b.delegatedPowers(p.build());
    }
    Optional<SectionId> section = anchor(Block.ENFORCEMENT, List.of());
    if (section.isEmpty()) {
      List<SectionId> sections = new ArrayList<>();
      training.forEach(t -> sections.add(t.section));
      section = anchor(sections);
    }
    section.ifPresent(b::section);
    return b.build();
  }

  private static TrainingActivity activity(Draft draft) {
    TrainingActivity.Builder t = TrainingActivity.builder();
    Optional.ofNullable(draft.title).ifPresent(t::title);
    Optional.ofNullable(draft.organizer).ifPresent(t::organizer);
    Optional.ofNullable(draft.sessions).ifPresent(t::sessions);
    Optional.ofNullable(draft.attendees).ifPresent(t::attendees);
    Optional.ofNullable(draft.hours).ifPresent(t::hours);
    t.addAllDates(draft.dates);
    Optional.ofNullable(draft.section).ifPresent(t::section);
    return t.build();
  }

  @SuppressWarnings("unchecked") // the rectification rule builds rectification lists
  private Accountability accountability() {
    Accountability.Builder b = Accountability.builder();
    for (ListReader.DutyDraft d : x.lists.dutyLists) {
      DutyList.Builder l = DutyList.builder().kind(d.kind);
      Optional.ofNullable(d.title).ifPresent(l::title);
      Optional.ofNullable(d.owner).ifPresent(l::owner);
      Optional.ofNullable(d.holders).ifPresent(l::holders);
      Optional.ofNullable(d.section).ifPresent(l::section);
      b.addDutyLists(l.build());
    }
    for (ListReader.RectificationDraft d : x.lists.rectificationLists) {
      RectificationList.Builder l = RectificationList.builder().title(d.title);
      Optional.ofNullable(d.origin).ifPresent(l::origin);
      Optional.ofNullable(d.basis).ifPresent(l::basis);
      d.values.applyTo((BlockRule<RectificationList.Builder>) Cues.rule(Block.RECTIFICATION), l);
      Optional.ofNullable(d.section).ifPresent(l::section);
      b.addRectificationLists(l.build());
    }
    List<Draft> studies = x.activities.activities.getOrDefault(Block.STUDY, List.of());
    if (staging.has(Block.STUDY) || !studies.isEmpty()) {
      StudyAndTraining.Builder st = apply(Block.STUDY, StudyAndTraining.builder());
      List<SectionId> sections = new ArrayList<>();
      for (Draft draft : studies) {
        st.addActivities(activity(draft));
        sections.add(draft.section);
      }
      anchor(Block.STUDY, sections).ifPresent(st::section);
      b.study(st.build());
    }
    return b.build();
  }
}
