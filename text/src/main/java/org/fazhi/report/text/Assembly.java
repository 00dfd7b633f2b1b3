package org.fazhi.report.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.MeetingReference;
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
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.FigureExtractor.ActivityDraft;
import org.fazhi.report.text.FigureExtractor.Slot;

/**
 * Builds the typed blocks of a report from the values the extractor staged, and anchors each block
 * at the section that holds most of its figures: on a tie, the smallest section enclosing the tied
 * ones within the top-level part that holds most of them.
 */
final class Assembly {
  private final FigureExtractor x;

  Assembly(FigureExtractor extractor) {
    this.x = extractor;
  }

  void into(Report.Builder report) {
    report.statistics(statistics());
    report.decisions(decisions());
    report.enforcement(enforcement());
    report.accountability(accountability());
    for (FigureExtractor.EmergencyDraft d : x.emergencies) {
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
    report.addAllIndicators(x.indicators);
  }

  // ------------------------------------------------------------------------------------------

  private Map<String, Slot> slots(Block block) {
    return x.values.getOrDefault(block, Map.of());
  }

  private boolean has(Block block) {
    return x.values.containsKey(block) || x.statements.containsKey(block)
        || x.activities.containsKey(block);
  }

  private static Optional<Count> count(Map<String, Slot> slots, String name) {
    Slot slot = slots.get(name);
    return slot != null && slot.value instanceof Count ? Optional.of((Count) slot.value) : Optional.empty();
  }

  private static Optional<Rate> rate(Map<String, Slot> slots, String name) {
    Slot slot = slots.get(name);
    return slot != null && slot.value instanceof Rate ? Optional.of((Rate) slot.value) : Optional.empty();
  }

  private Optional<SectionId> anchor(Block block, List<SectionId> extra) {
    List<SectionId> sections = new ArrayList<>();
    for (Slot slot : slots(block).values()) {
      sections.add(slot.section);
    }
    if (sections.isEmpty() && x.statementSections.containsKey(block)) {
      sections.add(x.statementSections.get(block));
    }
    sections.addAll(extra);
    return anchor(sections);
  }

  /** The section most of {@code sections} name; on a tie, the smallest one enclosing the tied ones of the part that has most. */
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
    counts.forEach((id, n) -> {
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
    return Optional.of(
        org.fazhi.report.outline.ImmutableSectionId.of(common));
  }

  // ------------------------------------------------------------------------------------------

  private CaseStatistics statistics() {
    CaseStatistics.Builder b = CaseStatistics.builder();
    if (has(Block.RECONSIDERATION)) {
      Map<String, Slot> s = slots(Block.RECONSIDERATION);
      Reconsideration.Builder r = Reconsideration.builder();
      count(s, "received").ifPresent(r::received);
      count(s, "accepted").ifPresent(r::accepted);
      count(s, "notAccepted").ifPresent(r::notAccepted);
      count(s, "carriedOver").ifPresent(r::carriedOver);
      count(s, "closed").ifPresent(r::closed);
      count(s, "pending").ifPresent(r::pending);
      for (ReconsiderationDecision decision : ReconsiderationDecision.values()) {
        count(s, "outcomes/" + decision.name()).ifPresent(c -> r.putOutcome(decision, c));
      }
      r.outcomesComplete(complete(s, "outcomes/", "closed"));
      rate(s, "correctionRate").ifPresent(r::correctionRate);
      if (s.containsKey("correctionRate") && x.correctionRateBasis != null) {
        r.correctionRateBasis(x.correctionRateBasis);
      }
      Optional.ofNullable(x.statements.get(Block.RECONSIDERATION)).ifPresent(r::statement);
      anchor(Block.RECONSIDERATION, List.of()).ifPresent(r::section);
      b.reconsideration(r.build());
    }
    if (has(Block.LITIGATION)) {
      Map<String, Slot> s = slots(Block.LITIGATION);
      Litigation.Builder l = Litigation.builder();
      count(s, "cases").ifPresent(l::cases);
      count(s, "carriedOver").ifPresent(l::carriedOver);
      count(s, "concluded").ifPresent(l::concluded);
      count(s, "won").ifPresent(l::won);
      count(s, "lost").ifPresent(l::lost);
      count(s, "withdrawn").ifPresent(l::withdrawn);
      for (JudgmentType type : JudgmentType.values()) {
        count(s, "judgments/" + type.name()).ifPresent(c -> l.putJudgment(type, c));
      }
      l.judgmentsComplete(complete(s, "judgments/", "concluded"));
      count(s, "hearings").ifPresent(l::hearings);
      count(s, "headAppearances").ifPresent(l::headAppearances);
      rate(s, "headAppearanceRate").ifPresent(l::headAppearanceRate);
      rate(s, "lossRate").ifPresent(l::lossRate);
      Optional.ofNullable(x.statements.get(Block.LITIGATION)).ifPresent(l::statement);
      anchor(Block.LITIGATION, List.of()).ifPresent(l::section);
      b.litigation(l.build());
    }
    if (has(Block.JUDGMENT_PERFORMANCE)) {
      Map<String, Slot> s = slots(Block.JUDGMENT_PERFORMANCE);
      JudgmentPerformance.Builder j = JudgmentPerformance.builder();
      count(s, "cases").ifPresent(j::cases);
      count(s, "concluded").ifPresent(j::concluded);
      for (JudgmentType type : JudgmentType.values()) {
        count(s, "judgments/" + type.name()).ifPresent(c -> j.putJudgment(type, c));
      }
      j.judgmentsComplete(complete(s, "judgments/", "concluded"));
      count(s, "performed").ifPresent(j::performed);
      Optional.ofNullable(x.statements.get(Block.JUDGMENT_PERFORMANCE)).ifPresent(j::statement);
      anchor(Block.JUDGMENT_PERFORMANCE, List.of()).ifPresent(j::section);
      b.judgmentPerformance(j.build());
    }
    if (has(Block.LEGAL_AID)) {
      Map<String, Slot> s = slots(Block.LEGAL_AID);
      LegalAid.Builder a = LegalAid.builder();
      count(s, "applications").ifPresent(a::applications);
      count(s, "accepted").ifPresent(a::accepted);
      count(s, "carriedOver").ifPresent(a::carriedOver);
      count(s, "closed").ifPresent(a::closed);
      count(s, "consultations").ifPresent(a::consultations);
      rate(s, "satisfaction").ifPresent(a::satisfaction);
      Optional.ofNullable(x.statements.get(Block.LEGAL_AID)).ifPresent(a::statement);
      anchor(Block.LEGAL_AID, List.of()).ifPresent(a::section);
      b.legalAid(a.build());
    }
    if (has(Block.MEDIATION)) {
      Map<String, Slot> s = slots(Block.MEDIATION);
      Mediation.Builder m = Mediation.builder();
      count(s, "disputes").ifPresent(m::disputes);
      count(s, "mediated").ifPresent(m::mediated);
      count(s, "settled").ifPresent(m::settled);
      rate(s, "successRate").ifPresent(m::successRate);
      rate(s, "handlingRate").ifPresent(m::handlingRate);
      Optional.ofNullable(x.statements.get(Block.MEDIATION)).ifPresent(m::statement);
      anchor(Block.MEDIATION, List.of()).ifPresent(m::section);
      b.mediation(m.build());
    }
    if (has(Block.PUBLIC_LEGAL_SERVICES)) {
      Map<String, Slot> s = slots(Block.PUBLIC_LEGAL_SERVICES);
      PublicLegalServices.Builder p = PublicLegalServices.builder();
      count(s, "services").ifPresent(p::services);
      count(s, "target").ifPresent(p::target);
      rate(s, "completionRate").ifPresent(p::completionRate);
      rate(s, "satisfaction").ifPresent(p::satisfaction);
      Optional.ofNullable(x.statements.get(Block.PUBLIC_LEGAL_SERVICES)).ifPresent(p::statement);
      anchor(Block.PUBLIC_LEGAL_SERVICES, List.of()).ifPresent(p::section);
      b.publicLegalServices(p.build());
    }
    return b.build();
  }

  /** Whether a breakdown adds up exactly to its total: then the report gave every case's outcome. */
  private static boolean complete(Map<String, Slot> s, String prefix, String total) {
    Optional<Count> whole = count(s, total);
    if (whole.isEmpty() || !whole.get().isExact()) {
      return false;
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean any = false;
    for (Map.Entry<String, Slot> e : s.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        Count c = (Count) e.getValue().value;
        if (!c.isExact()) {
          return false;
        }
        sum = sum.add(c.getValue());
        any = true;
      }
    }
    return any && sum.compareTo(whole.get().getValue()) == 0;
  }

  private DecisionMaking decisions() {
    DecisionMaking.Builder b = DecisionMaking.builder();
    if (has(Block.DECISION_CATALOG)) {
      Map<String, Slot> s = slots(Block.DECISION_CATALOG);
      DecisionCatalog.Builder c = DecisionCatalog.builder();
      count(s, "declared").ifPresent(c::declared);
      count(s, "commentPeriodDays").ifPresent(c::commentPeriodDays);
      anchor(Block.DECISION_CATALOG, List.of()).ifPresent(c::section);
      b.catalog(c.build());
    }
    if (has(Block.LEGALITY_REVIEW)) {
      Map<String, Slot> s = slots(Block.LEGALITY_REVIEW);
      LegalityReview.Builder l = LegalityReview.builder();
      count(s, "documents").ifPresent(l::documents);
      count(s, "agreements").ifPresent(l::agreements);
      count(s, "decisions").ifPresent(l::decisions);
      count(s, "enforcementDecisions").ifPresent(l::enforcementDecisions);
      count(s, "opinions").ifPresent(l::opinions);
      rate(s, "reviewRate").ifPresent(l::reviewRate);
      anchor(Block.LEGALITY_REVIEW, List.of()).ifPresent(l::section);
      b.legalityReview(l.build());
    }
    if (has(Block.NORMATIVE_DOCUMENTS)) {
      Map<String, Slot> s = slots(Block.NORMATIVE_DOCUMENTS);
      NormativeDocuments.Builder n = NormativeDocuments.builder();
      count(s, "issued").ifPresent(n::issued);
      count(s, "reviewed").ifPresent(n::reviewed);
      count(s, "filed").ifPresent(n::filed);
      count(s, "filedOnTime").ifPresent(n::filedOnTime);
      rate(s, "filingRate").ifPresent(n::filingRate);
      rate(s, "timelyFilingRate").ifPresent(n::timelyFilingRate);
      count(s, "cleanedUp").ifPresent(n::cleanedUp);
      count(s, "kept").ifPresent(n::kept);
      count(s, "amended").ifPresent(n::amended);
      count(s, "repealed").ifPresent(n::repealed);
      count(s, "commentPeriodDays").ifPresent(n::commentPeriodDays);
      anchor(Block.NORMATIVE_DOCUMENTS, List.of()).ifPresent(n::section);
      b.normativeDocuments(n.build());
    }
    if (has(Block.LEGAL_ADVISERS)) {
      Map<String, Slot> s = slots(Block.LEGAL_ADVISERS);
      LegalAdvisers.Builder l = LegalAdvisers.builder();
      count(s, "advisers").ifPresent(l::advisers);
      count(s, "publicLawyers").ifPresent(l::publicLawyers);
      count(s, "meetingsAttended").ifPresent(l::meetingsAttended);
      count(s, "documentsReviewed").ifPresent(l::documentsReviewed);
      count(s, "opinions").ifPresent(l::opinions);
      rate(s, "coverageRate").ifPresent(l::coverageRate);
      anchor(Block.LEGAL_ADVISERS, List.of()).ifPresent(l::section);
      b.legalAdvisers(l.build());
    }
    return b.build();
  }

  private AdministrativeEnforcement enforcement() {
    AdministrativeEnforcement.Builder b = AdministrativeEnforcement.builder();
    Map<String, Slot> s = slots(Block.ENFORCEMENT);
    count(s, "officers").ifPresent(b::officers);
    rate(s, "certificateHoldingRate").ifPresent(b::certificateHoldingRate);
    count(s, "inspections").ifPresent(b::inspections);
    count(s, "penaltyCases").ifPresent(b::penaltyCases);
    Slot amount = s.get("penaltyAmount");
    if (amount != null) {
      b.penaltyAmount((Money) amount.value);
    }
    count(s, "caseFilesReviewed").ifPresent(b::caseFilesReviewed);
    count(s, "supervisionOffices").ifPresent(b::supervisionOffices);
    count(s, "townshipsInspected").ifPresent(b::townshipsInspected);
    count(s, "agenciesInspected").ifPresent(b::agenciesInspected);
    List<ActivityDraft> training = x.activities.getOrDefault(Block.ENFORCEMENT, List.of());
    for (ActivityDraft draft : training) {
      b.addTraining(activity(draft));
    }
    if (has(Block.DELEGATED_POWERS)) {
      Map<String, Slot> d = slots(Block.DELEGATED_POWERS);
      DelegatedPowers.Builder p = DelegatedPowers.builder();
      count(d, "granted").ifPresent(p::granted);
      count(d, "removalProposals").ifPresent(p::removalProposals);
      count(d, "optionalProposals").ifPresent(p::optionalProposals);
      count(d, "townships").ifPresent(p::townships);
      count(d, "cut").ifPresent(p::cut);
      count(d, "kept").ifPresent(p::kept);
      p.perTownshipAverage(x.perTownshipAverage);
      rate(d, "cutRate").ifPresent(p::cutRate);
      Slot meeting = d.get("approvedAt");
      if (meeting != null) {
        p.approvedAt((MeetingReference) meeting.value);
      }
      anchor(Block.DELEGATED_POWERS, List.of()).ifPresent(p::section);
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

  private static TrainingActivity activity(ActivityDraft draft) {
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

  private Accountability accountability() {
    Accountability.Builder b = Accountability.builder();
    for (FigureExtractor.DutyDraft d : x.dutyLists) {
      DutyList.Builder l = DutyList.builder().kind(d.kind);
      Optional.ofNullable(d.title).ifPresent(l::title);
      Optional.ofNullable(d.owner).ifPresent(l::owner);
      Optional.ofNullable(d.holders).ifPresent(l::holders);
      Optional.ofNullable(d.section).ifPresent(l::section);
      b.addDutyLists(l.build());
    }
    for (FigureExtractor.RectificationDraft d : x.rectificationLists) {
      RectificationList.Builder l = RectificationList.builder().title(d.title);
      Optional.ofNullable(d.origin).ifPresent(l::origin);
      Optional.ofNullable(d.basis).ifPresent(l::basis);
      count(d.values, "problems").ifPresent(l::problems);
      count(d.values, "rectified").ifPresent(l::rectified);
      rate(d.values, "rectificationRate").ifPresent(l::rectificationRate);
      Optional.ofNullable(d.section).ifPresent(l::section);
      b.addRectificationLists(l.build());
    }
    if (has(Block.STUDY)) {
      Map<String, Slot> s = slots(Block.STUDY);
      StudyAndTraining.Builder st = StudyAndTraining.builder();
      List<SectionId> sections = new ArrayList<>();
      for (ActivityDraft draft : x.activities.getOrDefault(Block.STUDY, List.of())) {
        st.addActivities(activity(draft));
        sections.add(draft.section);
      }
      count(s, "lawReports").ifPresent(st::lawReports);
      count(s, "leaderInstructions").ifPresent(st::leaderInstructions);
      anchor(Block.STUDY, sections).ifPresent(st::section);
      b.study(st.build());
    }
    return b.build();
  }
}
