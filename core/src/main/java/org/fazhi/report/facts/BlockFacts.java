package org.fazhi.report.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.Report;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionItem;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;

/** The facts of the typed blocks, in the order of the JSON form. */
final class BlockFacts {
  private BlockFacts() {}

  static void collect(Report report, FactCollector f) {
    CaseStatistics statistics = report.getStatistics();
    statistics.getReconsideration().ifPresent(r -> reconsideration(r, f));
    statistics.getLitigation().ifPresent(l -> litigation(l, f));
    statistics.getJudgmentPerformance().ifPresent(j -> judgmentPerformance(j, f));
    statistics.getLegalAid().ifPresent(a -> legalAid(a, f));
    statistics.getMediation().ifPresent(m -> mediation(m, f));
    statistics.getPublicLegalServices().ifPresent(s -> publicLegalServices(s, f));
    DecisionMaking decisions = report.getDecisions();
    decisions.getCatalog().ifPresent(c -> catalog(c, f));
    decisions.getLegalityReview().ifPresent(r -> legalityReview(r, f));
    decisions.getNormativeDocuments().ifPresent(d -> normativeDocuments(d, f));
    decisions.getLegalAdvisers().ifPresent(a -> legalAdvisers(a, f));
    enforcement(report.getEnforcement(), f);
    accountability(report.getAccountability(), f);
    emergencies(report.getEmergencies(), f);
  }

  private static void reconsideration(Reconsideration r, FactCollector f) {
    String p = "/statistics/reconsideration";
    Optional<SectionId> s = r.getSection();
    f.count("reconsideration.received", r.getReceived(), s);
    f.count("reconsideration.new-cases", r.getNewCases(), s);
    f.count("reconsideration.accepted", r.getAccepted(), s);
    f.count("reconsideration.not-accepted", r.getNotAccepted(), s);
    f.count("reconsideration.carried-over", r.getCarriedOver(), s);
    f.count("reconsideration.handled", r.getHandled(), s);
    f.count("reconsideration.closed", r.getClosed(), s);
    f.count("reconsideration.pending", r.getPending(), s);
    f.counts("reconsideration.outcome.", p + "/outcomes", r.getOutcomes(), s);
    List<OutcomeGroup> groups = r.getOutcomeGroups();
    for (int i = 0; i < groups.size(); i++) {
      OutcomeGroup group = groups.get(i);
      f.count(
          "reconsideration.outcome-group",
          p + "/outcomeGroups/" + i + "/count",
          Optional.of(group.getCount()),
          FactCollector.kinds(group.getKinds(), group.isOpen()),
          s);
    }
    for (Map.Entry<ReconsiderationDecision, Rate> share : r.getOutcomeShares().entrySet()) {
      f.rate(
          "reconsideration.outcome-share." + FactCollector.kebab(share.getKey()),
          p + "/outcomeShares/" + share.getKey().name(),
          Optional.of(share.getValue()),
          r.getOutcomeSharesBasis(),
          Optional.empty(),
          s);
    }
    f.rate("reconsideration.correction-rate", r.getCorrectionRate(), r.getCorrectionRateBasis(), s);
    f.rate("reconsideration.closure-rate", r.getClosureRate(), s);
    f.rate("reconsideration.mediation-rate", r.getMediationRate(), r.getMediationRateBasis(), s);
    f.rate(
        "reconsideration.mediation-withdrawal-rate",
        r.getMediationWithdrawalRate(),
        r.getMediationWithdrawalRateBasis(),
        s);
    f.breakdowns("reconsideration", p, r.getBreakdowns(), s);
  }

  private static void litigation(Litigation l, FactCollector f) {
    String p = "/statistics/litigation";
    Optional<SectionId> s = l.getSection();
    f.count("litigation.cases", l.getCases(), s);
    f.count("litigation.carried-over", l.getCarriedOver(), s);
    f.count("litigation.first-instance", l.getFirstInstance(), s);
    f.count("litigation.second-instance", l.getSecondInstance(), s);
    f.count("litigation.concluded", l.getConcluded(), s);
    f.count("litigation.pending", l.getPending(), s);
    f.count("litigation.won", l.getWon(), s);
    f.count("litigation.lost", l.getLost(), s);
    f.count("litigation.withdrawn", l.getWithdrawn(), s);
    f.counts("litigation.judgment.", p + "/judgments", l.getJudgments(), s);
    f.count("litigation.hearings", l.getHearings(), s);
    f.count("litigation.head-appearances", l.getHeadAppearances(), s);
    f.rate("litigation.head-appearance-rate", l.getHeadAppearanceRate(), s);
    f.rate("litigation.win-rate", l.getWinRate(), s);
    f.rate("litigation.loss-rate", l.getLossRate(), s);
    f.rate("litigation.concluded-rate", l.getConcludedRate(), s);
    f.breakdowns("litigation", p, l.getBreakdowns(), s);
  }

  private static void judgmentPerformance(JudgmentPerformance j, FactCollector f) {
    String p = "/statistics/judgmentPerformance";
    Optional<SectionId> s = j.getSection();
    f.count("judgment-performance.cases", j.getCases(), s);
    f.count("judgment-performance.concluded", j.getConcluded(), s);
    f.counts("judgment-performance.judgment.", p + "/judgments", j.getJudgments(), s);
    f.count("judgment-performance.performed", j.getPerformed(), s);
  }

  private static void legalAid(LegalAid a, FactCollector f) {
    String p = "/statistics/legalAid";
    Optional<SectionId> s = a.getSection();
    f.count("legal-aid.applications", a.getApplications(), s);
    f.count("legal-aid.accepted", a.getAccepted(), s);
    f.count("legal-aid.carried-over", a.getCarriedOver(), s);
    f.count("legal-aid.handled", a.getHandled(), s);
    f.count("legal-aid.closed", a.getClosed(), s);
    f.counts("legal-aid.cases.", p + "/casesByType", a.getCasesByType(), s);
    f.count("legal-aid.documents-drafted", a.getDocumentsDrafted(), s);
    f.count("legal-aid.plea-bargain-assistance", a.getPleaBargainAssistance(), s);
    f.count("legal-aid.consultations", a.getConsultations(), s);
    f.count("legal-aid.hotline-consultations", a.getHotlineConsultations(), s);
    f.rate("legal-aid.satisfaction", a.getSatisfaction(), s);
    f.breakdowns("legal-aid", p, a.getBreakdowns(), s);
  }

  private static void mediation(Mediation m, FactCollector f) {
    Optional<SectionId> s = m.getSection();
    f.count("mediation.committees", m.getCommittees(), s);
    f.count("mediation.village-committees", m.getVillageCommittees(), s);
    f.count("mediation.professional-committees", m.getProfessionalCommittees(), s);
    f.count("mediation.mediators", m.getMediators(), s);
    f.count("mediation.full-time-mediators", m.getFullTimeMediators(), s);
    f.count("mediation.disputes", m.getDisputes(), s);
    f.count("mediation.mediated", m.getMediated(), s);
    f.count("mediation.settled", m.getSettled(), s);
    f.rate("mediation.success-rate", m.getSuccessRate(), s);
    f.rate("mediation.handling-rate", m.getHandlingRate(), s);
    f.breakdowns("mediation", "/statistics/mediation", m.getBreakdowns(), s);
  }

  private static void publicLegalServices(PublicLegalServices l, FactCollector f) {
    Optional<SectionId> s = l.getSection();
    f.count("public-legal-services.centres", l.getCentres(), s);
    f.count("public-legal-services.stations", l.getStations(), s);
    f.count("public-legal-services.rooms", l.getRooms(), s);
    f.count("public-legal-services.visitors", l.getVisitors(), s);
    f.count("public-legal-services.terminal-uses", l.getTerminalUses(), s);
    f.count("public-legal-services.services", l.getServices(), s);
    f.count("public-legal-services.target", l.getTarget(), s);
    f.rate("public-legal-services.completion-rate", l.getCompletionRate(), s);
    f.rate("public-legal-services.satisfaction", l.getSatisfaction(), s);
    f.breakdowns("public-legal-services", "/statistics/publicLegalServices", l.getBreakdowns(), s);
  }

  private static void catalog(DecisionCatalog c, FactCollector f) {
    String p = "/decisions/catalog";
    Optional<SectionId> s = c.getSection();
    f.count("decision-catalog.declared", c.getDeclared(), s);
    f.counts("decision-catalog.status.", p + "/statusCounts", c.getStatusCounts(), s);
    List<DecisionItem> items = c.getItems();
    for (int i = 0; i < items.size(); i++) {
      f.count(
          "decision-item.comment-period-days",
          p + "/items/" + i + "/commentPeriodDays",
          items.get(i).getCommentPeriodDays(),
          items.get(i).getTitle(),
          s);
    }
    f.count("decision-catalog.hearings", c.getHearings(), s);
    f.count("decision-catalog.expert-reviews", c.getExpertReviews(), s);
    f.count("decision-catalog.risk-assessments", c.getRiskAssessments(), s);
    f.count("decision-catalog.comment-period-days", c.getCommentPeriodDays(), s);
  }

  private static void legalityReview(LegalityReview r, FactCollector f) {
    Optional<SectionId> s = r.getSection();
    f.count("legality-review.documents", r.getDocuments(), s);
    f.count("legality-review.agreements", r.getAgreements(), s);
    f.count("legality-review.decisions", r.getDecisions(), s);
    f.count("legality-review.enforcement-decisions", r.getEnforcementDecisions(), s);
    f.count("legality-review.opinions", r.getOpinions(), s);
    f.rate("legality-review.review-rate", r.getReviewRate(), s);
  }

  private static void normativeDocuments(NormativeDocuments d, FactCollector f) {
    Optional<SectionId> s = d.getSection();
    f.count("normative-documents.issued", d.getIssued(), s);
    f.count("normative-documents.reviewed", d.getReviewed(), s);
    f.count("normative-documents.filed", d.getFiled(), s);
    f.count("normative-documents.filed-on-time", d.getFiledOnTime(), s);
    f.rate("normative-documents.filing-rate", d.getFilingRate(), s);
    f.rate("normative-documents.timely-filing-rate", d.getTimelyFilingRate(), s);
    f.count("normative-documents.cleaned-up", d.getCleanedUp(), s);
    f.count("normative-documents.kept", d.getKept(), s);
    f.count("normative-documents.amended", d.getAmended(), s);
    f.count("normative-documents.repealed", d.getRepealed(), s);
    f.count("normative-documents.comment-period-days", d.getCommentPeriodDays(), s);
  }

  private static void legalAdvisers(LegalAdvisers a, FactCollector f) {
    Optional<SectionId> s = a.getSection();
    f.count("legal-advisers.advisers", a.getAdvisers(), s);
    f.count("legal-advisers.lawyers", a.getLawyers(), s);
    f.count("legal-advisers.public-lawyers", a.getPublicLawyers(), s);
    f.count("legal-advisers.meetings-attended", a.getMeetingsAttended(), s);
    f.count("legal-advisers.documents-reviewed", a.getDocumentsReviewed(), s);
    f.count("legal-advisers.opinions", a.getOpinions(), s);
    f.count("legal-advisers.consultations", a.getConsultations(), s);
    f.count("legal-advisers.duty-shifts", a.getDutyShifts(), s);
    f.count("legal-advisers.villages-covered", a.getVillagesCovered(), s);
    f.rate("legal-advisers.coverage-rate", a.getCoverageRate(), s);
  }

  private static void enforcement(AdministrativeEnforcement e, FactCollector f) {
    String p = "/enforcement";
    Optional<SectionId> s = e.getSection();
    f.count("enforcement.officers", e.getOfficers(), s);
    f.rate("enforcement.certificate-holding-rate", e.getCertificateHoldingRate(), s);
    f.count("enforcement.inspections", e.getInspections(), s);
    f.count("enforcement.penalty-cases", e.getPenaltyCases(), s);
    f.money("enforcement.penalty-amount", e.getPenaltyAmount(), s);
    f.count("enforcement.case-files-reviewed", e.getCaseFilesReviewed(), s);
    f.count("enforcement.supervision-offices", e.getSupervisionOffices(), s);
    f.count("enforcement.townships-inspected", e.getTownshipsInspected(), s);
    f.count("enforcement.agencies-inspected", e.getAgenciesInspected(), s);
    activities("enforcement.training", p + "/training", e.getTraining(), s, f);
    e.getDelegatedPowers().ifPresent(d -> delegatedPowers(d, f));
  }

  private static void delegatedPowers(DelegatedPowers d, FactCollector f) {
    Optional<SectionId> s = d.getSection();
    f.count("delegated-powers.granted", d.getGranted(), s);
    f.count("delegated-powers.removal-proposals", d.getRemovalProposals(), s);
    f.count("delegated-powers.optional-proposals", d.getOptionalProposals(), s);
    f.count("delegated-powers.townships", d.getTownships(), s);
    f.count("delegated-powers.cut", d.getCut(), s);
    f.count("delegated-powers.kept", d.getKept(), s);
    f.rate("delegated-powers.cut-rate", d.getCutRate(), s);
  }

  private static void accountability(Accountability a, FactCollector f) {
    List<DutyList> dutyLists = a.getDutyLists();
    for (int i = 0; i < dutyLists.size(); i++) {
      DutyList list = dutyLists.get(i);
      String p = "/accountability/dutyLists/" + i;
      String member = list.getTitle().orElse(list.getKind().name());
      f.count(
          "duty-list.item-count", p + "/itemCount", list.getItemCount(), member, list.getSection());
      f.count("duty-list.holders", p + "/holders", list.getHolders(), member, list.getSection());
      f.rate(
          "duty-list.coverage-rate",
          p + "/coverageRate",
          list.getCoverageRate(),
          Optional.empty(),
          Optional.of(member),
          list.getSection());
    }
    List<RectificationList> rectification = a.getRectificationLists();
    for (int i = 0; i < rectification.size(); i++) {
      RectificationList list = rectification.get(i);
      String p = "/accountability/rectificationLists/" + i;
      f.count(
          "rectification-list.problems",
          p + "/problems",
          list.getProblems(),
          list.getTitle(),
          list.getSection());
      f.count(
          "rectification-list.rectified",
          p + "/rectified",
          list.getRectified(),
          list.getTitle(),
          list.getSection());
      f.rate(
          "rectification-list.rectification-rate",
          p + "/rectificationRate",
          list.getRectificationRate(),
          Optional.empty(),
          Optional.of(list.getTitle()),
          list.getSection());
    }
    a.getStudy()
        .ifPresent(
            study -> {
              String p = "/accountability/study";
              activities(
                  "study.activity",
                  p + "/activities",
                  study.getActivities(),
                  study.getSection(),
                  f);
              f.count("study.law-reports", study.getLawReports(), study.getSection());
              f.count(
                  "study.leader-instructions", study.getLeaderInstructions(), study.getSection());
            });
  }

  private static void activities(
      String concept,
      String pointer,
      List<TrainingActivity> activities,
      Optional<SectionId> blockSection,
      FactCollector f) {
    for (int i = 0; i < activities.size(); i++) {
      TrainingActivity activity = activities.get(i);
      String p = pointer + "/" + i;
      String member = activity.getTitle().or(activity::getOrganizer).orElse("#" + (i + 1));
      Optional<SectionId> s = activity.getSection().or(() -> blockSection);
      f.count(concept + ".sessions", p + "/sessions", activity.getSessions(), member, s);
      f.count(concept + ".attendees", p + "/attendees", activity.getAttendees(), member, s);
      f.count(concept + ".hours", p + "/hours", activity.getHours(), member, s);
    }
  }

  private static void emergencies(List<Emergency> emergencies, FactCollector f) {
    for (int i = 0; i < emergencies.size(); i++) {
      Emergency e = emergencies.get(i);
      String p = "/emergencies/" + i;
      String member =
          e.getKind().name()
              + e.getOccurredAt().map(t -> " " + t.toLocalDate()).orElse("")
              + " #"
              + (i + 1);
      f.decimal(
          "emergency.magnitude", p + "/magnitude", e.getMagnitude(), "级", member, e.getSection());
      f.decimal(
          "emergency.depth-kilometres",
          p + "/depthKilometres",
          e.getDepthKilometres(),
          "公里",
          member,
          e.getSection());
      f.decimal(
          "emergency.latitude",
          p + "/epicenter/latitude",
          e.getEpicenter().map(g -> g.getLatitude()),
          "度",
          member,
          e.getSection());
      f.decimal(
          "emergency.longitude",
          p + "/epicenter/longitude",
          e.getEpicenter().map(g -> g.getLongitude()),
          "度",
          member,
          e.getSection());
    }
  }
}
